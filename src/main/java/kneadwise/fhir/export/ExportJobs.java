package kneadwise.fhir.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kneadwise.fhir.export.ExportJob.ExportFile;
import kneadwise.fhir.export.ExportJob.State;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export jobs in PostgreSQL ({@code export_job}, {@code export_file}). A node claims a waiting job with
 * {@code FOR UPDATE SKIP LOCKED}, so two nodes never take the same one, and holds it by a lease it renews while it
 * writes; a job whose lease ran out (its node died or was stopped) is waiting again.
 */
@Repository
class ExportJobs {

    private final JdbcClient jdbc;
    private final Clock clock;

    ExportJobs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    UUID add(String clientId, ExportRequest request) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO export_job
                            (id, client_id, level, group_id, types, since, request, state, created_at)
                        VALUES (:id, :client, :level, :group, :types, :since, :request, 'QUEUED', :now)
                        """)
                .param("id", id)
                .param("client", clientId)
                .param("level", request.level().name())
                .param("group", request.groupId())
                .param("types", request.types().toArray(String[]::new))
                .param("since", request.since() == null ? null : Timestamp.from(request.since()))
                .param("request", request.request())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /** The job, if it is this client's (another client's is as good as missing) and has not expired. */
    Optional<ExportJob> find(UUID id, String clientId) {
        return jdbc.sql("""
                        SELECT * FROM export_job
                        WHERE id = :id AND client_id = :client AND (expires_at IS NULL OR expires_at > :now)
                        """)
                .param("id", id)
                .param("client", clientId)
                .param("now", Timestamp.from(clock.instant()))
                .query((row, n) -> job(row))
                .optional()
                .map(job -> job.withFiles(files(id)));
    }

    /**
     * Records a status request unless the last one was less than {@code interval} ago.
     *
     * @return false when the client polled too soon
     */
    boolean polled(UUID id, Duration interval) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        UPDATE export_job SET polled_at = :now
                        WHERE id = :id AND (polled_at IS NULL OR polled_at <= :earliest)
                        """)
                        .param("id", id)
                        .param("now", Timestamp.from(now))
                        .param("earliest", Timestamp.from(now.minus(interval)))
                        .update()
                == 1;
    }

    /**
     * Takes the oldest waiting job (queued, or running on a node whose lease ran out) for this node.
     *
     * @return the job, with its transaction time set to now
     */
    @Transactional
    Optional<ExportJob> claim(String node, Duration lease) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        UPDATE export_job SET state = 'RUNNING', lease_owner = :node, lease_until = :until,
                            transaction_time = :now, progress = NULL
                        WHERE id = (
                            SELECT id FROM export_job
                            WHERE state = 'QUEUED' OR (state = 'RUNNING' AND lease_until < :now)
                            ORDER BY created_at
                            LIMIT 1
                            FOR UPDATE SKIP LOCKED)
                        RETURNING *
                        """)
                .param("node", node)
                .param("until", Timestamp.from(now.plus(lease)))
                .param("now", Timestamp.from(now))
                .query((row, n) -> job(row))
                .optional();
    }

    /**
     * Renews this node's lease and shows its progress.
     *
     * @return false when the job is no longer this node's to write (cancelled, or taken by another node)
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW) // not in the read-only transaction of the rows written
    boolean renew(UUID id, String node, Duration lease, String progress) {
        return jdbc.sql("""
                        UPDATE export_job SET lease_until = :until, progress = :progress
                        WHERE id = :id AND state = 'RUNNING' AND lease_owner = :node
                        """)
                        .param("id", id)
                        .param("node", node)
                        .param("until", Timestamp.from(clock.instant().plus(lease)))
                        .param("progress", progress)
                        .update()
                == 1;
    }

    /** Marks the job done with its files, unless it stopped being this node's meanwhile. */
    @Transactional
    boolean finish(UUID id, String node, List<ExportFile> files, Duration keep) {
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                        UPDATE export_job SET state = 'DONE', finished_at = :now, expires_at = :expires,
                            lease_owner = NULL, lease_until = NULL, progress = NULL
                        WHERE id = :id AND state = 'RUNNING' AND lease_owner = :node
                        """)
                .param("id", id)
                .param("node", node)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(keep)))
                .update();
        if (updated == 0) {
            return false;
        }
        for (ExportFile file : files) {
            jdbc.sql("INSERT INTO export_file (job_id, number, type, count) VALUES (:id, :number, :type, :count)")
                    .param("id", id)
                    .param("number", file.number())
                    .param("type", file.type())
                    .param("count", file.count())
                    .update();
        }
        return true;
    }

    void fail(UUID id, String node, String error, Duration keep) {
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE export_job SET state = 'FAILED', error = :error, finished_at = :now,
                            expires_at = :expires, lease_owner = NULL, lease_until = NULL
                        WHERE id = :id AND state = 'RUNNING' AND lease_owner = :node
                        """)
                .param("id", id)
                .param("node", node)
                .param("error", error)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(keep)))
                .update();
    }

    /** Gives a job this node was writing back to the queue (the node is stopping). */
    void release(UUID id, String node) {
        jdbc.sql("""
                        UPDATE export_job SET state = 'QUEUED', lease_owner = NULL, lease_until = NULL, progress = NULL
                        WHERE id = :id AND state = 'RUNNING' AND lease_owner = :node
                        """).param("id", id).param("node", node).update();
    }

    /** Cancels: the job is gone at once; its files go when a node sweeps ({@link ExportSweeper}). */
    boolean delete(UUID id, String clientId) {
        return jdbc.sql("DELETE FROM export_job WHERE id = :id AND client_id = :client")
                        .param("id", id)
                        .param("client", clientId)
                        .update()
                == 1;
    }

    /** Deletes every expired job (its files rows with it). */
    int deleteExpired() {
        return jdbc.sql("DELETE FROM export_job WHERE expires_at <= :now")
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** Which of these jobs are still kept. */
    Set<UUID> kept(Set<UUID> ids) {
        return Set.copyOf(jdbc.sql("SELECT id FROM export_job WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(UUID.class)
                .list());
    }

    private List<ExportFile> files(UUID id) {
        return jdbc.sql("SELECT * FROM export_file WHERE job_id = :id ORDER BY number")
                .param("id", id)
                .query((row, n) -> new ExportFile(row.getInt("number"), row.getString("type"), row.getLong("count")))
                .list();
    }

    private static ExportJob job(ResultSet row) throws SQLException {
        String[] types = (String[]) row.getArray("types").getArray();
        return new ExportJob(
                row.getObject("id", UUID.class),
                row.getString("client_id"),
                new ExportRequest(
                        ExportLevel.valueOf(row.getString("level")),
                        row.getString("group_id"),
                        Arrays.asList(types),
                        instant(row, "since"),
                        row.getString("request")),
                State.valueOf(row.getString("state")),
                row.getString("progress"),
                row.getString("error"),
                instant(row, "transaction_time"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                instant(row, "expires_at"),
                List.of());
    }

    private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
