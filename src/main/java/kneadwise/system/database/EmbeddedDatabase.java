package kneadwise.system.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server that this process starts in its data directory ({@code <data-dir>/postgres}) and stops when it
 * shuts down. Its files persist, so the data survives restarts; the directory is locked so a second server cannot
 * open it at the same time.
 */
public final class EmbeddedDatabase implements DatabaseServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    static final String DATABASE_NAME = "kneadwise";
    private static final String SUPERUSER = "postgres";

    private final Path dataDirectory;
    private final DataDirectoryLock lock;
    private final EmbeddedPostgres postgres;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedDatabase(Path dataDirectory, DataDirectoryLock lock, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.lock = lock;
        this.postgres = postgres;
    }

    /**
     * Starts the server on {@code dataDirectory}, creating the database on first use.
     *
     * @throws DataDirectoryInUseException when another server holds the directory
     */
    public static EmbeddedDatabase start(Path dataDirectory) {
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory);
        try {
            Path clusterDirectory = dataDirectory.resolve("postgres");
            // We hold the lock, so a server still running on these files was left behind by one that crashed.
            LeftoverPostmaster.stopIfRunning(clusterDirectory);
            Redirect serverLog =
                    Redirect.appendTo(dataDirectory.resolve("postgres.log").toFile());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(clusterDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false) // Spring stops it, after the connection pool
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // The library turns durability off for fast tests; health data needs it on.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    // The default 128 MB cannot hold a national directory and its calendars (about 350 MB at
                    // 200,000 therapists): searches then read pages again from the OS (docs/benchmarks/directory.md).
                    .setServerConfig("shared_buffers", "512MB")
                    .setOutputRedirector(serverLog)
                    .setErrorRedirector(serverLog)
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(dataDirectory, lock, postgres);
            database.createDatabaseIfMissing();
            return database;
        } catch (IOException e) {
            lock.close();
            throw new UncheckedIOException("The embedded PostgreSQL in " + dataDirectory + " did not start", e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            boolean exists = statement
                    .executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE_NAME + "'")
                    .next();
            if (!exists) {
                statement.execute("CREATE DATABASE " + DATABASE_NAME);
            }
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("Cannot create the database " + DATABASE_NAME, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE_NAME;
    }

    @Override
    public String user() {
        return SUPERUSER;
    }

    @Override
    public String password() {
        return "";
    }

    private Path clusterDirectory() {
        return dataDirectory.resolve("postgres").toAbsolutePath().normalize();
    }

    @Override
    public String description() {
        return "embedded PostgreSQL on port " + port() + ", data in " + clusterDirectory();
    }

    /** Stops the server and frees the directory; later calls do nothing. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            postgres.close();
            log.info("Stopped the embedded PostgreSQL; its data stays in {}", clusterDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.close();
        }
    }
}
