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
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The append-only record of every read or change of personal health data. Entries are written in the caller's
 * transaction, so an access that is rolled back leaves no entry and an entry cannot be lost while the access stands;
 * outside a transaction, an entry is committed before {@link #record} returns.
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
    private final AuditBatches batches;

    AuditLog(JdbcClient jdbc, Clock clock, AuditBatches batches) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.batches = batches;
    }

    static final String INSERT = """
            INSERT INTO accounts_audit_event (at, actor_id, actor_label, subject_id, record, action, result)
            VALUES (:at, :actorId, :actorLabel, :subjectId, :record, :action, :result)
            """;

    /** One line of the log as it is written; its components are {@link #INSERT}'s parameters. */
    record Entry(
            OffsetDateTime at,
            @Nullable UUID actorId,
            String actorLabel,
            @Nullable UUID subjectId,
            String record,
            String action,
            String result) {}

    /**
     * Records that {@code actor} did {@code action} on {@code record} of {@code subjectId}'s data. Inside a
     * transaction the entry is part of it; outside one it is committed, together with other requests' entries, before
     * this returns ({@link AuditBatches}).
     */
    public void record(@Nullable Account actor, @Nullable UUID subjectId, String record, String action, String result) {
        write(
                actor == null ? null : actor.id(),
                actor == null ? "anonymous" : actor.name() + " (" + actor.role() + ")",
                subjectId,
                record,
                action,
                result);
    }

    /**
     * The same for an actor that is not a person's account (a backend system), named by {@code actorLabel}; control
     * characters in the label are replaced, as it may quote what a caller sent.
     */
    public void recordBySystem(
            String actorLabel, @Nullable UUID subjectId, String record, String action, String result) {
        String printable = actorLabel.replaceAll("\\p{Cntrl}", "?");
        write(
                null,
                printable.length() > 200 ? printable.substring(0, 200) : printable,
                subjectId,
                record,
                action,
                result);
    }

    private void write(
            @Nullable UUID actorId,
            String actorLabel,
            @Nullable UUID subjectId,
            String record,
            String action,
            String result) {
        Entry entry = new Entry(
                OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC),
                actorId,
                actorLabel,
                subjectId,
                record,
                action,
                result);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.sql(INSERT).paramSource(entry).update();
        } else {
            batches.write(entry);
        }
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
