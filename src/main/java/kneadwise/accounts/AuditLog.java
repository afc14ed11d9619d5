package kneadwise.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only record of every read or change of personal health data. Entries are written in the caller's
 * transaction, so an access that is rolled back leaves no entry and an entry cannot be lost while the access stands.
 */
@Service
public class AuditLog {

    /** Actions, in the words patients see on "who looked at my record". */
    public static final String READ = "READ";

    public static final String CREATE = "CREATE";
    public static final String EXPORT = "EXPORT";
    public static final String DELETE = "DELETE";
    public static final String UPDATE = "UPDATE";
    public static final String SIGN_UP = "SIGN_UP";
    public static final String SIGN_IN = "SIGN_IN";

    public static final String ALLOWED = "ALLOWED";
    public static final String DENIED = "DENIED";

    private static final RowMapper<AuditEvent> EVENT = (row, n) -> new AuditEvent(
            row.getObject("at", OffsetDateTime.class).toInstant(),
            row.getObject("actor_id", UUID.class),
            row.getString("actor_label"),
            row.getObject("subject_id", UUID.class),
            row.getString("record"),
            row.getString("action"),
            row.getString("result"));

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records that {@code actor} did {@code action} on {@code record} of {@code subjectId}'s data. */
    public void record(@Nullable Account actor, @Nullable UUID subjectId, String record, String action, String result) {
        jdbc.sql("""
                INSERT INTO accounts_audit_event (at, actor_id, actor_label, subject_id, record, action, result)
                VALUES (:at, :actorId, :actorLabel, :subjectId, :record, :action, :result)
                """)
                .param("at", OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC))
                .param("actorId", actor == null ? null : actor.id())
                .param("actorLabel", actor == null ? "anonymous" : actor.name() + " (" + actor.role() + ")")
                .param("subjectId", subjectId)
                .param("record", record)
                .param("action", action)
                .param("result", result)
                .update();
    }

    /** Every access to {@code subjectId}'s data, newest first. */
    public List<AuditEvent> about(UUID subjectId) {
        return jdbc.sql("""
                SELECT at, actor_id, actor_label, subject_id, record, action, result
                FROM accounts_audit_event
                WHERE subject_id = :subjectId
                ORDER BY at DESC, id DESC
                """).param("subjectId", subjectId).query(EVENT).list();
    }

    /** Entries matching every filter given (null filters match all), newest first, at most {@code limit}. */
    public List<AuditEvent> search(
            @Nullable UUID subjectId, @Nullable UUID actorId, @Nullable String action, int limit) {
        return jdbc.sql("""
                SELECT at, actor_id, actor_label, subject_id, record, action, result
                FROM accounts_audit_event
                WHERE (CAST(:subjectId AS uuid) IS NULL OR subject_id = :subjectId)
                  AND (CAST(:actorId AS uuid) IS NULL OR actor_id = :actorId)
                  AND (CAST(:action AS text) IS NULL OR action = :action)
                ORDER BY at DESC, id DESC
                LIMIT :limit
                """)
                .param("subjectId", subjectId)
                .param("actorId", actorId)
                .param("action", action)
                .param("limit", limit)
                .query(EVENT)
                .list();
    }
}
