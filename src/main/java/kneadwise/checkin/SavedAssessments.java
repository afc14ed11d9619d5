package kneadwise.checkin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kneadwise.accounts.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Assessments people kept in their record ({@code checkin_saved_assessment}): the intake and the answer. */
@Repository
class SavedAssessments {

    record Saved(UUID id, Instant createdAt, JsonNode intake, JsonNode assessment) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SavedAssessments(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void save(UUID accountId, Saved saved) {
        jdbc.sql("""
                INSERT INTO checkin_saved_assessment (id, account_id, created_at, intake, assessment)
                VALUES (:id, :accountId, :createdAt, CAST(:intake AS jsonb), CAST(:assessment AS jsonb))
                """)
                .param("id", saved.id())
                .param("accountId", accountId)
                .param("createdAt", OffsetDateTime.ofInstant(saved.createdAt(), ZoneOffset.UTC))
                .param("intake", json.writeValueAsString(saved.intake()))
                .param("assessment", json.writeValueAsString(saved.assessment()))
                .update();
    }

    /** The person's saved assessments, newest first. */
    List<Saved> of(UUID accountId) {
        return jdbc.sql("""
                SELECT id, created_at, intake, assessment
                FROM checkin_saved_assessment
                WHERE account_id = :accountId
                ORDER BY created_at DESC, id
                """)
                .param("accountId", accountId)
                .query((row, n) -> saved(row))
                .list();
    }

    /** Whose record a saved assessment is in. */
    Optional<UUID> ownerOf(UUID id) {
        return jdbc.sql("SELECT account_id FROM checkin_saved_assessment WHERE id = :id")
                .param("id", id)
                .query(UUID.class)
                .optional();
    }

    /** The person's newest saved assessment. */
    Optional<Saved> latestOf(UUID accountId) {
        return jdbc.sql("""
                SELECT id, created_at, intake, assessment
                FROM checkin_saved_assessment
                WHERE account_id = :accountId
                ORDER BY created_at DESC, id
                LIMIT 1
                """)
                .param("accountId", accountId)
                .query((row, n) -> saved(row))
                .optional();
    }

    /** Each person's latest saved assessment, by account id, in one query; people without one are absent. */
    Map<UUID, Saved> latestOf(Collection<UUID> accountIds) {
        Map<UUID, Saved> latest = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (account_id) account_id, id, created_at, intake, assessment
                        FROM checkin_saved_assessment
                        WHERE account_id = ANY(:accountIds)
                        ORDER BY account_id, created_at DESC, id
                        """).param("accountIds", accountIds.toArray(UUID[]::new)).query(row -> {
            latest.put(row.getObject("account_id", UUID.class), saved(row));
        });
        return latest;
    }

    /** A stored row as a saved assessment, for {@link AllCheckins}. */
    Saved savedOf(ResultSet row) throws SQLException {
        return saved(row);
    }

    private Saved saved(ResultSet row) throws SQLException {
        return new Saved(
                row.getObject("id", UUID.class),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                json.readTree(row.getString("intake")),
                json.readTree(row.getString("assessment")));
    }

    /** Runs inside the transaction that deletes the account. */
    @EventListener
    void erase(AccountDeleted deleted) {
        jdbc.sql("DELETE FROM checkin_saved_assessment WHERE account_id = :accountId")
                .param("accountId", deleted.accountId())
                .update();
    }
}
