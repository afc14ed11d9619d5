package kneadwise.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kneadwise.accounts.Account;
import kneadwise.accounts.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Therapist profiles in PostgreSQL ({@code directory_therapist}) and the radius search.
 *
 * <p>Ranking (documented for people on the search page): nearest first; at equal distance the lower price, then
 * the profile id so that the order is stable.
 */
@Repository
public class Therapists {

    private static final String INSERT = """
                INSERT INTO directory_therapist (id, account_id, name, licence_state, licence_number,
                    licence_verified_by, licence_verified_at, certifications, techniques, pregnancy_trained,
                    trauma_informed, languages, gender, price_per_session, insurance, address, postal_code,
                    latitude, longitude, session_minutes, time_zone, cancellation_notice_hours, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS text[]), CAST(? AS text[]), ?, ?, CAST(? AS text[]), ?, ?,
                    CAST(? AS text[]), ?, ?, ?, ?, ?, ?, ?, now(), now())
                """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transactions;

    public Therapists(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = JdbcClient.create(jdbc);
        this.batches = jdbc;
        this.transactions = transactions;
    }

    public void add(Therapist therapist) {
        addAll(List.of(therapist));
    }

    /**
     * Adds an account's profile unless that account already has one (saved at the same moment elsewhere): false
     * then, and nothing is written. A plain insert would abort the caller's transaction on the unique key.
     */
    boolean addIfTheAccountHasNone(Therapist therapist) {
        return batches.update(INSERT + " ON CONFLICT (account_id) DO NOTHING", row(therapist)) > 0;
    }

    /** Adds many profiles in one JDBC batch (the demo-data generator sends thousands at a time). */
    public void addAll(List<Therapist> therapists) {
        batches.batchUpdate(INSERT, therapists.stream().map(Therapists::row).toList());
    }

    private static Object[] row(Therapist t) {
        return new Object[] {
            t.id(),
            t.accountId(),
            t.name(),
            t.licenceState(),
            t.licenceNumber(),
            t.licenceVerifiedBy(),
            t.licenceVerifiedAt() == null ? null : Timestamp.from(t.licenceVerifiedAt()),
            arrayLiteral(t.certifications()),
            arrayLiteral(t.techniques().stream().map(Technique::name).toList()),
            t.pregnancyTrained(),
            t.traumaInformed(),
            arrayLiteral(t.languages()),
            t.gender(),
            t.pricePerSession(),
            arrayLiteral(t.insurance()),
            t.address(),
            t.postalCode(),
            t.location().latitude(),
            t.location().longitude(),
            t.sessionMinutes(),
            t.timeZone().getId(),
            t.cancellationNoticeHours()
        };
    }

    /** Rewrites a profile with its new fields; the licence verification is written as given. */
    void update(Therapist t) {
        Object[] row = row(t);
        Object[] fields = Arrays.copyOfRange(row, 2, row.length);
        Object[] values = Arrays.copyOf(fields, fields.length + 1);
        values[fields.length] = t.id();
        batches.update("""
                UPDATE directory_therapist SET name = ?, licence_state = ?, licence_number = ?,
                    licence_verified_by = ?, licence_verified_at = ?, certifications = CAST(? AS text[]),
                    techniques = CAST(? AS text[]), pregnancy_trained = ?, trauma_informed = ?,
                    languages = CAST(? AS text[]), gender = ?, price_per_session = ?, insurance = CAST(? AS text[]),
                    address = ?, postal_code = ?, latitude = ?, longitude = ?, session_minutes = ?, time_zone = ?,
                    cancellation_notice_hours = ?, updated_at = now()
                WHERE id = ?
                """, values);
    }

    /** Records who checked the licence and when; false when there is no such profile or no licence on it. */
    boolean verifyLicence(UUID id, UUID verifiedBy, Instant at) {
        return jdbc.sql("""
                        UPDATE directory_therapist SET licence_verified_by = :by, licence_verified_at = :at
                        WHERE id = :id AND licence_number IS NOT NULL
                        """)
                        .param("id", id)
                        .param("by", verifiedBy)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    boolean withdrawLicenceVerification(UUID id) {
        return jdbc.sql("""
                        UPDATE directory_therapist SET licence_verified_by = NULL, licence_verified_at = NULL
                        WHERE id = :id
                        """).param("id", id).update() > 0;
    }

    /** Profiles with a licence number nobody has checked yet, the longest waiting first. */
    List<Therapist> licencesToVerify(int limit) {
        return jdbc.sql("""
                        SELECT * FROM directory_therapist
                        WHERE licence_number IS NOT NULL AND licence_verified_at IS NULL
                        ORDER BY updated_at, id LIMIT :limit
                        """)
                .param("limit", limit)
                .query((row, n) -> therapist(row))
                .list();
    }

    /** The most recently verified licences, for an administrator who wants to undo one. */
    List<Therapist> recentlyVerified(int limit) {
        return jdbc.sql("""
                        SELECT * FROM directory_therapist WHERE licence_verified_at IS NOT NULL
                        ORDER BY licence_verified_at DESC, id LIMIT :limit
                        """)
                .param("limit", limit)
                .query((row, n) -> therapist(row))
                .list();
    }

    /**
     * Rewrites the table in the order of the location index and refreshes the planner's statistics: after a bulk
     * load, therapists near each other share pages, so a search reads a few pages instead of one per therapist.
     */
    public void clusterByLocation() {
        batches.execute("CLUSTER directory_therapist USING directory_therapist_place");
        batches.execute("ANALYZE directory_therapist");
    }

    /** How many therapists the directory has. */
    public long count() {
        return jdbc.sql("SELECT count(*) FROM directory_therapist")
                .query(Long.class)
                .single();
    }

    public Optional<Therapist> find(UUID id) {
        return jdbc.sql("SELECT * FROM directory_therapist WHERE id = :id")
                .param("id", id)
                .query((row, n) -> therapist(row))
                .optional();
    }

    /** A profile with the time it last changed (FHIR's {@code meta.lastUpdated} and version). */
    public record Dated(Therapist therapist, Instant updatedAt) {}

    /** The profile and when it last changed, in one query. */
    public Optional<Dated> findDated(UUID id) {
        return findAllDated(List.of(id)).stream().findFirst();
    }

    /** These profiles with when each last changed, in one query, in the order of {@code ids}; unknown ids left out. */
    public List<Dated> findAllDated(List<UUID> ids) {
        Map<UUID, Dated> byId = new HashMap<>();
        jdbc.sql("SELECT * FROM directory_therapist WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(row -> {
                    Dated dated = new Dated(
                            therapist(row),
                            row.getObject("updated_at", OffsetDateTime.class).toInstant());
                    byId.put(dated.therapist().id(), dated);
                });
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    /** The names of these therapists, in one query; ids not found are left out. */
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM directory_therapist WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(row -> {
                    names.put(row.getObject("id", UUID.class), row.getString("name"));
                });
        return names;
    }

    /** The profile of a therapist's own account, if they have made one. */
    public Optional<Therapist> ofAccount(UUID accountId) {
        return jdbc.sql("SELECT * FROM directory_therapist WHERE account_id = :accountId")
                .param("accountId", accountId)
                .query((row, n) -> therapist(row))
                .optional();
    }

    /**
     * A therapist's own profile, for what a therapist does with their practice (profile, hours, schedule, clients,
     * published record); empty until they write one. This is the one place that refuses every other role, with a
     * 403 whose message, {@code refusal}, says what is only for therapists.
     */
    public Optional<Therapist> ownedBy(Account me, String refusal) {
        if (me.role() != Role.THERAPIST) {
            throw new AccessDeniedException(refusal);
        }
        return ofAccount(me.id());
    }

    /** The account's own profile when it is a therapist's; empty, refusing nothing, for every other role. */
    public Optional<Therapist> ofTherapist(Account account) {
        return account.role() == Role.THERAPIST ? ofAccount(account.id()) : Optional.empty();
    }

    /** Therapists within the radius that pass every filter, in ranking order. */
    public List<TherapistMatch> search(TherapistSearch search) {
        return search(search, 0);
    }

    /** Therapists within the radius that pass every filter, in ranking order, after skipping {@code offset}. */
    public List<TherapistMatch> search(TherapistSearch search, int offset) {
        // PostgreSQL cannot estimate how many rows fall in an earth_box, guesses few, and with a filter such as a
        // language then reads every therapist in the box and sorts them (37 ms in Manhattan). Walking the location
        // index nearest first stops at `limit` matches (2 ms): bitmap scans are switched off for this query only.
        // Without a filter the planner already walks the index (and a transaction would cost three round trips).
        boolean filtered = search.technique() != null
                || search.maxPrice() != null
                || search.language() != null
                || search.pregnancyTrained()
                || search.insurance() != null
                || search.gender() != null;
        if (!filtered) {
            return nearestFirst(search, offset);
        }
        List<TherapistMatch> found = transactions.execute(status -> {
            batches.execute("SET LOCAL enable_bitmapscan = off");
            return nearestFirst(search, offset);
        });
        return found == null ? List.of() : found;
    }

    private List<TherapistMatch> nearestFirst(TherapistSearch search, int offset) {
        // The person's point and the radius go in as earthdistance's cube coordinates and chord (see GeoPoint):
        // PostgreSQL then compares stored points with a constant instead of calling ll_to_earth for every row.
        double[] here = search.near().earthCube();
        StringBuilder sql = new StringBuilder("""
                SELECT id, name, price_per_session, techniques, time_zone, session_minutes,
                       place <-> cube(ARRAY[:x, :y, :z]) AS chord
                FROM directory_therapist
                WHERE cube_enlarge(cube(ARRAY[:x, :y, :z]), :chord, 3) @> place
                  AND place <-> cube(ARRAY[:x, :y, :z]) <= :chord
                """);
        if (search.technique() != null) {
            sql.append(" AND techniques @> ARRAY[CAST(:technique AS text)]");
        }
        if (search.maxPrice() != null) {
            sql.append(" AND price_per_session <= :maxPrice");
        }
        if (search.language() != null) {
            sql.append(" AND languages @> ARRAY[CAST(:language AS text)]");
        }
        if (search.pregnancyTrained()) {
            sql.append(" AND pregnancy_trained");
        }
        if (search.insurance() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM unnest(insurance) AS insurer WHERE lower(insurer) = :insurance)");
        }
        if (search.gender() != null) {
            sql.append(" AND lower(gender) = :gender");
        }
        // Nearest first straight from the GiST index (k-nearest-neighbour on the cube's straight-line distance,
        // which orders points exactly as the great-circle distance does), so only about `limit` rows are read.
        sql.append(" ORDER BY place <-> cube(ARRAY[:x, :y, :z]), price_per_session, id");
        sql.append(" LIMIT :limit OFFSET :offset");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString())
                .param("x", here[0])
                .param("y", here[1])
                .param("z", here[2])
                .param("chord", GeoPoint.chordKm(search.radiusKm()) * 1000)
                .param("limit", search.limit())
                .param("offset", offset);
        if (search.technique() != null) {
            statement = statement.param("technique", search.technique().name());
        }
        if (search.maxPrice() != null) {
            statement = statement.param("maxPrice", search.maxPrice());
        }
        if (search.language() != null) {
            statement = statement.param("language", search.language());
        }
        if (search.insurance() != null) {
            statement = statement.param("insurance", search.insurance().toLowerCase(Locale.ROOT));
        }
        if (search.gender() != null) {
            statement = statement.param("gender", search.gender().toLowerCase(Locale.ROOT));
        }
        return statement
                .query((row, n) -> new TherapistMatch(
                        row.getObject("id", UUID.class),
                        row.getString("name"),
                        GeoPoint.greatCircleKm(row.getDouble("chord") / 1000),
                        row.getBigDecimal("price_per_session"),
                        techniques(row.getArray("techniques")),
                        ZoneId.of(row.getString("time_zone")),
                        row.getInt("session_minutes")))
                .list();
    }

    private static Therapist therapist(ResultSet row) throws SQLException {
        OffsetDateTime verifiedAt = row.getObject("licence_verified_at", OffsetDateTime.class);
        return new Therapist(
                row.getObject("id", UUID.class),
                row.getObject("account_id", UUID.class),
                row.getString("name"),
                row.getString("licence_state"),
                row.getString("licence_number"),
                row.getObject("licence_verified_by", UUID.class),
                verifiedAt == null ? null : verifiedAt.toInstant(),
                strings(row.getArray("certifications")),
                techniques(row.getArray("techniques")),
                row.getBoolean("pregnancy_trained"),
                row.getBoolean("trauma_informed"),
                strings(row.getArray("languages")),
                row.getString("gender"),
                row.getBigDecimal("price_per_session"),
                strings(row.getArray("insurance")),
                row.getString("address"),
                row.getString("postal_code"),
                new GeoPoint(row.getDouble("latitude"), row.getDouble("longitude")),
                row.getInt("session_minutes"),
                ZoneId.of(row.getString("time_zone")),
                row.getInt("cancellation_notice_hours"));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<Technique> techniques(@Nullable Array array) throws SQLException {
        return strings(array).stream().map(Technique::valueOf).toList();
    }

    /** A PostgreSQL text[] literal; each element quoted, so commas and quotes inside are safe. */
    static String arrayLiteral(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"')
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return literal.append('}').toString();
    }
}
