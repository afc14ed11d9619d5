package kneadwise.fhir.export;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One thread per node that takes waiting exports from PostgreSQL, one at a time, and writes them. Each node has a new
 * name when it starts, so a job it held before a restart is taken up again once its lease has run out. On a graceful
 * stop the job being written goes back to the queue at once.
 */
@Component
@ConditionalOnWebApplication // not for ./kneadwise admin
class ExportWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExportWorker.class);

    /** How long an idle node waits before looking for work again. */
    private static final Duration IDLE = Duration.ofMillis(500);

    private final ExportJobs jobs;
    private final ExportWriter writer;
    private final ExportFiles files;
    private final ExportSettings settings;
    private final String node = "node-" + UUID.randomUUID();
    private volatile boolean running;
    private volatile boolean stopping;
    /** Writing a job: then the thread is not interrupted (a JDBC call must not be), it sees {@code stopping}. */
    private volatile boolean busy;

    private Thread thread = new Thread(() -> {});

    ExportWorker(
            ExportJobs jobs, ExportWriter writer, ExportFiles files, ExportSettings settings, MeterRegistry metrics) {
        Gauge.builder("kneadwise.exports.running", this, worker -> worker.busy ? 1 : 0)
                .description("Bulk Data exports this node is writing now (0 or 1)")
                .register(metrics);
        this.jobs = jobs;
        this.writer = writer;
        this.files = files;
        this.settings = settings;
    }

    @Override
    public void start() {
        stopping = false;
        running = true;
        thread = Thread.ofPlatform().name("export-worker").daemon().start(this::work);
    }

    @Override
    public void stop() {
        stopping = true;
        if (!busy) {
            thread.interrupt();
        }
        try {
            thread.join(Duration.ofSeconds(20));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void work() {
        while (!stopping) {
            try {
                Optional<ExportJob> claimed = jobs.claim(node, ExportSettings.LEASE);
                if (claimed.isPresent()) {
                    run(claimed.get());
                } else {
                    Thread.sleep(IDLE);
                }
            } catch (InterruptedException interrupted) {
                return;
            } catch (RuntimeException failed) {
                // the database is away, say: try again in a while rather than end the thread
                log.warn("Could not look for exports to write: {}", failed.toString());
                try {
                    Thread.sleep(Duration.ofSeconds(5));
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void run(ExportJob job) {
        long started = System.nanoTime();
        busy = true;
        try {
            writer.write(job, node, () -> stopping);
            log.info("Export {} written in {} ms", job.id(), (System.nanoTime() - started) / 1_000_000);
        } catch (ExportWriter.Stopped stopped) {
            files.delete(job.id());
            if (stopped.stillOurs) {
                jobs.release(job.id(), node);
                log.info("Export {} given back to the queue: this node is stopping", job.id());
            } else {
                log.info("Export {} stopped: cancelled, or taken over by another node", job.id());
            }
        } catch (Exception failed) {
            log.error("Export {} failed", job.id(), failed);
            files.delete(job.id());
            jobs.fail(
                    job.id(),
                    node,
                    "The export could not be written; the operators have the details.",
                    settings.keep());
        } finally {
            busy = false;
            Thread.interrupted(); // a stop that came while busy is seen through stopping
        }
    }
}
