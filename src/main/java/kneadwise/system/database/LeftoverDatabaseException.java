package kneadwise.system.database;

import java.nio.file.Path;

/** A process named in the cluster's pid file did not go within a minute, so the database cannot start. */
final class LeftoverDatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long pid;
    private final Path pidFile;

    LeftoverDatabaseException(Path clusterDirectory, long pid) {
        super("The database server of an earlier start (process " + pid + ") still holds "
                + clusterDirectory.toAbsolutePath().normalize() + " after a minute.");
        this.pid = pid;
        this.pidFile =
                clusterDirectory.resolve("postmaster.pid").toAbsolutePath().normalize();
    }

    long pid() {
        return pid;
    }

    Path pidFile() {
        return pidFile;
    }
}
