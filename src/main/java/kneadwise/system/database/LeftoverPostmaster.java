package kneadwise.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server still running on a cluster directory after the Kneadwise process that started it was killed
 * (kill -9, power loss of the JVM only). Left alone it would block the next start; stopped, PostgreSQL recovers from
 * its write-ahead log and loses no committed data.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

    private LeftoverPostmaster() {}

    static void stopIfRunning(Path clusterDirectory) {
        Path pidFile = clusterDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> server = readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").contains("postgres"));
        if (server.isEmpty()) {
            return; // a stale pid file; PostgreSQL removes it itself
        }
        ProcessHandle process = server.get();
        log.warn(
                "A database server (process {}) was left running on {} by a Kneadwise server that stopped "
                        + "abruptly; stopping it before starting again.",
                process.pid(),
                clusterDirectory);
        process.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the leftover database server", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "The leftover database server (process " + process.pid() + ") on " + clusterDirectory
                            + " did not stop; stop it by hand and start again.",
                    e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
