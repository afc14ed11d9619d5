package kneadwise.fhir.export;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How exports are kept: where the files go ({@code KNEADWISE_EXPORT_DIR}, by default {@code exports} in the data
 * directory; shared storage when several nodes serve), how long a finished export is kept
 * ({@code KNEADWISE_EXPORT_KEEP}), and how often a client may poll ({@code KNEADWISE_EXPORT_RETRY_AFTER}).
 */
@Component
class ExportSettings {

    /** How long a node holds a job without renewing; another node takes it up after. */
    static final Duration LEASE = Duration.ofSeconds(30);

    private final Path directory;
    private final Duration keep;
    private final Duration retryAfter;
    private final Duration renewEvery;
    private final int writers;

    ExportSettings(
            @Value("${kneadwise.export.dir:${kneadwise.data-dir:data}/exports}") Path directory,
            @Value("${kneadwise.export.keep:PT1H}") Duration keep,
            @Value("${kneadwise.export.retry-after:PT2S}") Duration retryAfter,
            @Value("${kneadwise.export.renew-every:PT2S}") Duration renewEvery,
            @Value("${kneadwise.export.writers:2}") int writers) {
        if (writers < 1) {
            throw new IllegalArgumentException("kneadwise.export.writers (KNEADWISE_EXPORT_WRITERS) must be 1 or more");
        }
        this.directory = directory.toAbsolutePath();
        this.keep = keep;
        this.retryAfter = retryAfter;
        this.renewEvery = renewEvery;
        this.writers = writers;
    }

    Path directory() {
        return directory;
    }

    Duration keep() {
        return keep;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** How often a node writing a job renews its lease and shows its progress (well inside {@link #LEASE}). */
    Duration renewEvery() {
        return renewEvery;
    }

    /** How many resource types of one export are written at once, each by a thread of its own. */
    int writers() {
        return writers;
    }
}
