package kneadwise.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;

/**
 * The one real PostgreSQL of a test JVM. It holds a template database migrated once by Flyway; every test class that
 * asks gets its own database copied from that template, which takes milliseconds instead of a migration run.
 */
public final class TestPostgres {

    private static final String TEMPLATE = "kneadwise_template";
    private static final String USER = "postgres";

    private final EmbeddedPostgres server;
    private final AtomicInteger databasesCreated = new AtomicInteger();

    private TestPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** The server of this JVM, started and migrated on first use; stopped when the JVM exits. */
    public static TestPostgres get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final TestPostgres INSTANCE = start();
    }

    private static TestPostgres start() {
        try {
            TestPostgres postgres = new TestPostgres(EmbeddedPostgres.start());
            postgres.createTemplate();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("The test PostgreSQL did not start", e);
        }
    }

    private void createTemplate() {
        execute("CREATE DATABASE " + TEMPLATE);
        Flyway.configure()
                .dataSource(server.getJdbcUrl(USER, TEMPLATE), USER, "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        execute("ALTER DATABASE " + TEMPLATE + " WITH IS_TEMPLATE true");
    }

    /** A new, migrated database of its own, named after {@code purpose} (a test class name, say). */
    public synchronized TestDatabase freshDatabase(String purpose) {
        String name = purpose.replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT);
        name = "t" + databasesCreated.incrementAndGet() + "_" + name.substring(0, Math.min(name.length(), 40));
        execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return new TestDatabase(name, server.getJdbcUrl(USER, name).replaceAll("\\?user=.*", ""), USER);
    }

    /** A new database with nothing in it, to migrate step by step (tests of a migration on older data). */
    public synchronized TestDatabase emptyDatabase(String purpose) {
        String name = purpose.replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT);
        name = "e" + databasesCreated.incrementAndGet() + "_" + name.substring(0, Math.min(name.length(), 40));
        execute("CREATE DATABASE " + name);
        return new TestDatabase(name, server.getJdbcUrl(USER, name).replaceAll("\\?user=.*", ""), USER);
    }

    public int port() {
        return server.getPort();
    }

    private void execute(String sql) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database setup failed: " + sql, e);
        }
    }
}
