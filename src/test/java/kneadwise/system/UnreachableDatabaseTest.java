package kneadwise.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import kneadwise.testing.RunningService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A wrong external database is reported in plain words, not as a wall of stack traces. */
@ExtendWith(OutputCaptureExtension.class)
class UnreachableDatabaseTest {

    @Test
    void saysWhichDatabaseCouldNotBeReachedAndWhatToCheck(CapturedOutput output) throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/kneadwise";

        assertThatThrownBy(() ->
                        RunningService.start(Map.of("kneadwise.db.url", url, "kneadwise.db.connection-timeout", "1s")))
                .isInstanceOf(RuntimeException.class);

        assertThat(output.getOut())
                .contains("APPLICATION FAILED TO START")
                .contains("Kneadwise could not use the database at " + url + ": Connection to 127.0.0.1:")
                .contains("KNEADWISE_DB_PASSWORD")
                .doesNotContain("Caused by:");
    }

    /** A port on which nothing listens. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
