package kneadwise.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import kneadwise.testing.DebianPostgres;
import kneadwise.testing.RunningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * KNEADWISE_DB_URL, _USER and _PASSWORD select an external PostgreSQL: here Debian's server (15 on these machines),
 * started by the test with a password-protected user. Skipped, with the reason, where it is not installed.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExternalPostgresTest {

    static DebianPostgres external;

    @TempDir
    Path dataDirectory;

    @BeforeAll
    static void startExternalServer(@TempDir Path serverDirectory) throws Exception {
        Optional<Path> binaries = DebianPostgres.installedBinaries();
        assumeTrue(
                binaries.isPresent(),
                "Debian's PostgreSQL server is not installed (apt-get install postgresql; .ci/run installs it)");
        external = DebianPostgres.start(binaries.get(), serverDirectory);
    }

    @AfterAll
    static void stopExternalServer() throws Exception {
        if (external != null) {
            external.close();
        }
    }

    @Test
    void servesFromAnExternalServerAndMigratesIt() {
        try (RunningService service = RunningService.start(settings(DebianPostgres.PASSWORD))) {
            assertThat(service.client().get("/healthz").body()).isEqualTo("{\"status\":\"UP\"}");

            JdbcClient jdbc = JdbcClient.create(service.bean(DataSource.class));
            assertThat(jdbc.sql("SHOW server_version").query(String.class).single())
                    .startsWith(external.majorVersion() + ".");
            assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success")
                            .query(Integer.class)
                            .single())
                    .isZero();
            assertThat(service.bean(InstallationRepository.class).loadOrCreate())
                    .isNotNull();
        }
        assertThat(dataDirectory.resolve("postgres"))
                .as("no embedded database was started")
                .doesNotExist();
    }

    @Test
    void aWrongPasswordIsExplainedInPlainWords(CapturedOutput output) {
        assertThatThrownBy(() -> RunningService.start(settings("not-the-password")))
                .isInstanceOf(RuntimeException.class);

        assertThat(output.getOut())
                .contains("Kneadwise could not use the database at " + external.jdbcUrl())
                .contains("password authentication failed for user \"" + DebianPostgres.USER + "\"")
                .doesNotContain("not-the-password");
    }

    private Map<String, String> settings(String password) {
        return Map.of(
                "kneadwise.db.url",
                external.jdbcUrl(),
                "kneadwise.db.user",
                DebianPostgres.USER,
                "kneadwise.db.password",
                password,
                "kneadwise.db.connection-timeout",
                "2s",
                "kneadwise.data-dir",
                dataDirectory.toString());
    }
}
