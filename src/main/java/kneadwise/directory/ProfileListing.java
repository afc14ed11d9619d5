package kneadwise.directory;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Public profiles a page at a time, with the number of all that match, for the FHIR directory: the database cuts
 * each page ({@code LIMIT}/{@code OFFSET}) so that no node keeps a search in memory between pages.
 */
@Repository
public class ProfileListing {

    private final JdbcClient jdbc;
    private final Therapists therapists;

    public ProfileListing(JdbcTemplate jdbc, Therapists therapists) {
        this.jdbc = JdbcClient.create(jdbc);
        this.therapists = therapists;
    }

    /** {@code limit} matching profiles from {@code offset}: nearest first when the filter has a place, else by id. */
    public List<Therapists.Dated> page(ProfileFilter filter, int offset, int limit) {
        Query query = Query.of(filter);
        String order = filter.near() == null ? " ORDER BY id" : " ORDER BY place <-> cube(ARRAY[:x, :y, :z]), id";
        List<UUID> ids = query.bind(jdbc.sql("SELECT id FROM directory_therapist" + query.where + order
                                + " LIMIT :limit OFFSET :offset")
                        .param("limit", limit)
                        .param("offset", offset))
                .query((row, n) -> row.getObject("id", UUID.class))
                .list();
        return therapists.findAllDated(ids);
    }

    /** How many profiles match: a search's {@code Bundle.total}. */
    public long count(ProfileFilter filter) {
        Query query = Query.of(filter);
        return query.bind(jdbc.sql("SELECT count(*) FROM directory_therapist" + query.where))
                .query(Long.class)
                .single();
    }

    /** The WHERE clause of a filter and its parameters, written once for the page and the count. */
    private record Query(ProfileFilter filter, String where) {

        static Query of(ProfileFilter filter) {
            StringBuilder where = new StringBuilder(" WHERE true");
            if (filter.id() != null) {
                where.append(" AND id = :id");
            }
            if (filter.near() != null) {
                // The same index-friendly test as the radius search (see GeoPoint for the cube and chord).
                where.append(" AND cube_enlarge(cube(ARRAY[:x, :y, :z]), :chord, 3) @> place"
                        + " AND place <-> cube(ARRAY[:x, :y, :z]) <= :chord");
            }
            if (filter.technique() != null) {
                where.append(" AND techniques @> ARRAY[CAST(:technique AS text)]");
            }
            if (filter.postalCode() != null) {
                where.append(" AND postal_code = :zip");
            }
            if (filter.changedFrom() != null) {
                where.append(" AND updated_at >= :changedFrom");
            }
            if (filter.changedUntil() != null) {
                where.append(" AND updated_at <= :changedUntil");
            }
            return new Query(filter, where.toString());
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            if (filter.id() != null) {
                statement = statement.param("id", filter.id());
            }
            if (filter.near() != null) {
                double[] here = filter.near().earthCube();
                statement = statement
                        .param("x", here[0])
                        .param("y", here[1])
                        .param("z", here[2])
                        .param("chord", GeoPoint.chordKm(filter.radiusKm()) * 1000);
            }
            if (filter.technique() != null) {
                statement = statement.param("technique", filter.technique().name());
            }
            if (filter.postalCode() != null) {
                statement = statement.param("zip", filter.postalCode());
            }
            if (filter.changedFrom() != null) {
                statement = statement.param("changedFrom", Timestamp.from(filter.changedFrom()));
            }
            if (filter.changedUntil() != null) {
                statement = statement.param("changedUntil", Timestamp.from(filter.changedUntil()));
            }
            return statement;
        }
    }
}
