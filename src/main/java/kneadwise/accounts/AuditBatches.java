package kneadwise.accounts;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for audit entries written outside any transaction (a read whose only write is its audit entry): the
 * entries of concurrent requests are inserted together, in one transaction, by one writer thread, and each caller
 * waits until its entry is committed. A record is still never shown before its look is durably audited, but many
 * looks cost one round trip and one commit instead of one each (decision 0029).
 */
@Component
class AuditBatches {

    private static final Logger LOG = LoggerFactory.getLogger(AuditBatches.class);

    /** More would hold the first caller of a large batch longer than the batch saves. */
    private static final int MOST_PER_BATCH = 256;

    /** A caller gives up after this; the pool's own wait for a connection is shorter. */
    private static final long WAIT_SECONDS = 60;

    private record Pending(AuditLog.Entry entry, CompletableFuture<Void> written) {}

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Thread writer;
    private volatile boolean closing;

    AuditBatches(NamedParameterJdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.writer = Thread.ofPlatform().name("audit-writer").daemon().start(this::writeUntilClosed);
    }

    /** Returns once the entry is committed; throws what the database threw when it could not be. */
    void write(AuditLog.Entry entry) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        queue.add(new Pending(entry, written));
        if (closing) {
            writeWaiting(); // the writer may already be gone; nothing is left unwritten
        }
        try {
            written.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("The audit log could not be written.", failed.getCause());
        } catch (TimeoutException slow) {
            throw new QueryTimeoutException("The audit log was not written within " + WAIT_SECONDS + " s.", slow);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new QueryTimeoutException("Interrupted while the audit log was written.", interrupted);
        }
    }

    private void writeUntilClosed() {
        while (!closing) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<Pending> batch = new ArrayList<>();
                    batch.add(first);
                    queue.drainTo(batch, MOST_PER_BATCH - 1);
                    insert(batch);
                }
            } catch (InterruptedException interrupted) {
                return;
            } catch (RuntimeException unexpected) {
                LOG.error("Audit writer: {}", unexpected.toString()); // keep writing the next callers' entries
            }
        }
    }

    private synchronized void writeWaiting() {
        List<Pending> batch = new ArrayList<>();
        queue.drainTo(batch);
        if (!batch.isEmpty()) {
            insert(batch);
        }
    }

    private void insert(List<Pending> batch) {
        try {
            SqlParameterSource[] rows = batch.stream()
                    .map(p -> new SimplePropertySqlParameterSource(p.entry()))
                    .toArray(SqlParameterSource[]::new);
            transaction.executeWithoutResult(status -> jdbc.batchUpdate(AuditLog.INSERT, rows));
            batch.forEach(p -> p.written().complete(null));
        } catch (RuntimeException failed) {
            if (batch.size() == 1) {
                batch.getFirst().written().completeExceptionally(failed);
                return;
            }
            // one bad entry must not fail the others' requests: each alone, so only a bad one is refused
            batch.forEach(p -> insert(List.of(p)));
        }
    }

    /** Runs after the web server has finished its requests; whatever is still queued is written here. */
    @PreDestroy
    void close() throws InterruptedException {
        closing = true;
        writer.join(TimeUnit.SECONDS.toMillis(5));
        writeWaiting();
    }
}
