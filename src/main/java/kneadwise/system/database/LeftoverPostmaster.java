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

    /** How long a process named in the pid file may take to exit before the start gives up with one clear line. */
    static final long PATIENCE_SECONDS = 60;

    /**
     * Makes way for a new server on the cluster: stops a PostgreSQL still running on it, waits for one that is still
     * exiting (killed, but not yet gone: its program can no longer be read), and removes a pid file whose process
     * number now belongs to another program.
     *
     * @throws LeftoverDatabaseException when a process named in the pid file does not go within a minute
     */
    static void stopIfRunning(Path clusterDirectory) {
        Path pidFile = clusterDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> holder =
                readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (holder.isEmpty()) {
            return; // a stale pid file; PostgreSQL removes it itself
        }
        ProcessHandle process = holder.get();
        String command = process.info().command().orElse("");
        if (command.contains("postgres")) {
            log.warn(
                    "A database server (process {}) was left running on {} by a Kneadwise server that stopped "
                            + "abruptly; stopping it before starting again.",
                    process.pid(),
                    clusterDirectory);
            process.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown
        } else if (command.isEmpty()) {
            log.warn(
                    "The database server of an earlier start (process {}) on {} is still exiting; waiting for it.",
                    process.pid(),
                    clusterDirectory);
        } else {
            // The number now belongs to another program: PostgreSQL would refuse to start while it runs.
            log.warn(
                    "The pid file of {} names process {} ({}), which is not a database server: removing the stale"
                            + " pid file.",
                    clusterDirectory,
                    process.pid(),
                    command);
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        try {
            process.onExit().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the earlier database server to stop", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new LeftoverDatabaseException(clusterDirectory, process.pid());
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
