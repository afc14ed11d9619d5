package kneadwise.fhir.export;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a minute, on every node: expired exports are deleted, and then every folder of a job that is no longer kept
 * (expired, or cancelled on any node). The folders are listed before the jobs are looked up, and a job's row is
 * always stored before its folder is made, so a job that has just started is never taken for a gone one.
 */
@Component
@ConditionalOnWebApplication
class ExportSweeper {

    private static final Logger log = LoggerFactory.getLogger(ExportSweeper.class);

    private final ExportJobs jobs;
    private final ExportFiles files;

    ExportSweeper(ExportJobs jobs, ExportFiles files) {
        this.jobs = jobs;
        this.files = files;
    }

    @Scheduled(initialDelay = 10, fixedDelay = 60, timeUnit = TimeUnit.SECONDS)
    void sweep() throws IOException {
        int expired = jobs.deleteExpired();
        Set<UUID> folders = files.folders();
        Set<UUID> gone = new HashSet<>(folders);
        if (!folders.isEmpty()) {
            gone.removeAll(jobs.kept(folders));
        }
        gone.forEach(files::delete);
        if (expired > 0 || !gone.isEmpty()) {
            log.info("Deleted {} expired exports and the files of {}", expired, gone.size());
        }
    }
}
