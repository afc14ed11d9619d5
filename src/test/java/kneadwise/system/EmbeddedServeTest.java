package kneadwise.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import kneadwise.system.database.DataDirectoryInUseException;
import kneadwise.system.database.EmbeddedDatabase;
import kneadwise.testing.RunningService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application with no database configured: an embedded PostgreSQL in its data directory. */
class EmbeddedServeTest {

    @TempDir
    Path dataDirectory;

    @Test
    void servesWithNoConfigurationKeepsItsDataAcrossRestartsAndRefusesASecondServer() {
        Map<String, String> settings = Map.of("kneadwise.data-dir", dataDirectory.toString());
        Installation before;
        try (RunningService first = RunningService.start(settings)) {
            assertThat(first.client().get("/healthz").body()).isEqualTo("{\"status\":\"UP\"}");
            before = first.bean(InstallationRepository.class).loadOrCreate();

            assertThatThrownBy(() -> RunningService.start(settings))
                    .hasRootCauseInstanceOf(DataDirectoryInUseException.class);
            assertThat(first.client().get("/healthz").statusCode())
                    .as("the refused second server left the first one serving")
                    .isEqualTo(200);
        }

        try (RunningService restarted = RunningService.start(settings)) {
            assertThat(restarted.client().get("/healthz").statusCode()).isEqualTo(200);
            assertThat(restarted.bean(InstallationRepository.class).loadOrCreate())
                    .isEqualTo(before);
        }
        assertThat(dataDirectory.resolve("postgres/PG_VERSION")).exists();
    }

    @Test
    void aStartThatFailsLeavesNoDatabaseRunning() {
        // The embedded database starts early, beside Spring; a start that fails later must still stop it.
        Map<String, String> badSettings =
                Map.of("kneadwise.data-dir", dataDirectory.toString(), "kneadwise.db.maximum-pool-size", "many");

        assertThatThrownBy(() -> RunningService.start(badSettings)).hasStackTraceContaining("maximum-pool-size");

        // Stopped and unlocked: another server can take the directory at once.
        try (EmbeddedDatabase next = EmbeddedDatabase.start(dataDirectory)) {
            assertThat(next.jdbcUrl()).isNotBlank();
        }
        assertThat(dataDirectory.resolve("postgres/PG_VERSION"))
                .as("the early start had made it")
                .exists();
    }
}
