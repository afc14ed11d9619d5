package kneadwise.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import kneadwise.testing.RunningService;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /healthz and the readiness probe follow the database: DOWN (503) while it is stopped, UP again once it is back. The
 * liveness probe stays UP throughout: a database blip must not get the node restarted.
 */
class HealthWhenDatabaseStopsTest {

    private static final String LIVENESS = "/actuator/health/liveness";
    private static final String READINESS = "/actuator/health/readiness";

    @TempDir
    Path databaseDirectory;

    @Test
    void reportsDownWhileTheDatabaseIsStoppedAndUpWhenItReturns() throws Exception {
        EmbeddedPostgres database = startDatabase(0);
        int port = database.getPort();
        try (RunningService service = RunningService.start(Map.of(
                "kneadwise.db.url", "jdbc:postgresql://localhost:" + port + "/postgres",
                "kneadwise.db.user", "postgres",
                "kneadwise.db.connection-timeout", "1s"))) {
            ServiceClient client = service.client();
            ServiceClient management = new ServiceClient(service.managementPort());
            assertThat(client.get("/healthz").statusCode()).isEqualTo(200);
            assertThat(management.get(READINESS).statusCode()).isEqualTo(200);
            assertThat(management.get(LIVENESS).statusCode()).isEqualTo(200);

            database.close();
            HttpResponse<String> down = awaitHealth(client, r -> r.statusCode() != 200);
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).isEqualTo("{\"status\":\"DOWN\"}");
            HttpResponse<String> notReady = management.get(READINESS);
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).isEqualTo("{\"status\":\"DOWN\"}");
            HttpResponse<String> alive = management.get(LIVENESS);
            assertThat(alive.statusCode()).as(alive.body()).isEqualTo(200);
            assertThat(alive.body()).isEqualTo("{\"status\":\"UP\"}");

            try (EmbeddedPostgres restarted = startDatabase(port)) {
                HttpResponse<String> up = awaitHealth(client, r -> r.statusCode() == 200);
                assertThat(up.body()).isEqualTo("{\"status\":\"UP\"}");
                assertThat(management.get(READINESS).statusCode()).isEqualTo(200);
            }
        } finally {
            database.close();
        }
    }

    private EmbeddedPostgres startDatabase(int port) throws Exception {
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder().setDataDirectory(databaseDirectory).setCleanDataDirectory(false);
        if (port != 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    private static HttpResponse<String> awaitHealth(ServiceClient client, Predicate<HttpResponse<String>> wanted)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        HttpResponse<String> last = client.get("/healthz");
        while (!wanted.test(last) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            last = client.get("/healthz");
        }
        return last;
    }
}
