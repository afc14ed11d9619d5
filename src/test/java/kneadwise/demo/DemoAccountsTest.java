package kneadwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import kneadwise.accounts.People;
import kneadwise.testing.RunningService;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --demo}: one account of each role, signed in with the passwords README.md documents. */
class DemoAccountsTest {

    @TempDir
    Path dataDirectory;

    @Test
    void everyDemoAccountSignsInWithItsDocumentedPassword() throws Exception {
        Map<String, String> settings = Map.of("kneadwise.data-dir", dataDirectory.toString(), "kneadwise.demo", "true");
        try (RunningService service = RunningService.start(settings)) {
            ServiceClient client = service.client();
            for (DemoAccounts.Demo demo : DemoAccounts.ACCOUNTS) {
                assertThat(client.postJson("/api/v1/tokens", People.login(demo.email(), demo.password()))
                                .statusCode())
                        .as(demo.email())
                        .isEqualTo(201);
            }
        }
        // A second start on the same data finds them and leaves them be.
        try (RunningService again = RunningService.start(settings)) {
            assertThat(again.client()
                            .postJson(
                                    "/api/v1/tokens",
                                    People.login("admin@demo.kneadwise.test", "demo system administrator"))
                            .statusCode())
                    .isEqualTo(201);
        }
        assertThat(java.nio.file.Files.readString(Path.of("README.md")))
                .contains(DemoAccounts.ACCOUNTS.stream()
                        .map(demo -> demo.password())
                        .toList());
    }
}
