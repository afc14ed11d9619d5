package kneadwise.system.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServeOptionsTest {

    @Test
    void defaultsToPort8080AndTheConfiguredDataDirectory() {
        ServeOptions options = ServeOptions.parse(List.of(), Map.of());

        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.dataDirectory()).isEmpty();
        assertThat(options.problems()).isEmpty();
    }

    @Test
    void logsAsJsonOnlyWhenAskedAndRefusesAnUnknownFormat() {
        assertThat(ServeOptions.parse(List.of(), Map.of()).jsonLogs()).isFalse();
        assertThat(ServeOptions.parse(List.of(), Map.of("KNEADWISE_LOG_FORMAT", "text"))
                        .jsonLogs())
                .isFalse();
        ServeOptions json = ServeOptions.parse(List.of(), Map.of("KNEADWISE_LOG_FORMAT", "JSON"));
        assertThat(json.jsonLogs()).isTrue();
        assertThat(ServeCommand.springArguments(json)).contains("--logging.structured.format.console=ecs");
        assertThat(ServeOptions.parse(List.of(), Map.of("KNEADWISE_LOG_FORMAT", "yaml"))
                        .problems())
                .containsExactly("KNEADWISE_LOG_FORMAT must be 'json' or 'text', not 'yaml'");
    }

    @Test
    void takesThePortFromTheEnvironment() {
        assertThat(ServeOptions.parse(List.of(), Map.of("PORT", "9090")).port()).isEqualTo(9090);
    }

    @Test
    void theOptionWinsOverTheEnvironment() {
        ServeOptions options = ServeOptions.parse(List.of("--port", "7070"), Map.of("PORT", "9090"));

        assertThat(options.port()).isEqualTo(7070);
    }

    @Test
    void acceptsBothOptionForms() {
        ServeOptions options = ServeOptions.parse(
                List.of("--port=7070", "--data-dir", "/srv/kneadwise"), Map.of("KNEADWISE_DATA_DIR", "/elsewhere"));

        assertThat(options.port()).isEqualTo(7070);
        assertThat(options.dataDirectory()).isEqualTo(Optional.of("/srv/kneadwise"));
    }

    @Test
    void takesTheDataDirectoryFromTheEnvironment() {
        ServeOptions options = ServeOptions.parse(List.of(), Map.of("KNEADWISE_DATA_DIR", "/srv/data"));

        assertThat(options.dataDirectory()).isEqualTo(Optional.of("/srv/data"));
    }

    @Test
    void namesEveryProblem() {
        ServeOptions options =
                ServeOptions.parse(List.of("--verbose", "--data-dir", "", "--port"), Map.of("PORT", "x"));

        assertThat(options.problems())
                .containsExactlyInAnyOrder(
                        "unknown option '--verbose'",
                        "--port needs a value",
                        "the data directory must not be empty",
                        "PORT must be a whole number from 1 to 65535 (0 picks a free port), not 'x'");
    }

    @Test
    void refusesPortsOutOfRange() {
        assertThat(ServeOptions.parse(List.of("--port", "65536"), Map.of()).problems())
                .hasSize(1);
        assertThat(ServeOptions.parse(List.of("--port", "-1"), Map.of()).problems())
                .hasSize(1);
        assertThat(ServeOptions.parse(List.of("--port", "65535"), Map.of()).problems())
                .isEmpty();
    }

    @Test
    void demoAccountsOnAnExternalDatabaseMustBeAskedForTwice() {
        Map<String, String> external = Map.of("KNEADWISE_DB_URL", "jdbc:postgresql://db.example.org/kneadwise");

        assertThat(ServeOptions.parse(List.of("--demo"), Map.of()).problems()).isEmpty();
        assertThat(ServeOptions.parse(List.of("--demo"), Map.of()).demo()).isTrue();
        assertThat(ServeOptions.parse(List.of("--demo"), external).problems())
                .singleElement()
                .asString()
                .contains("--demo-on-external-database");
        assertThat(ServeOptions.parse(List.of("--demo", "--demo-on-external-database"), external)
                        .problems())
                .isEmpty();
    }

    @Test
    void listensOnTheLoopbackAddressUnlessAHostOpensIt() {
        assertThat(ServeOptions.parse(List.of(), Map.of()).host()).isEqualTo("127.0.0.1");
        assertThat(ServeCommand.springArguments(ServeOptions.parse(List.of(), Map.of())))
                .contains("--server.address=127.0.0.1");
        assertThat(ServeOptions.parse(List.of("--host", "0.0.0.0"), Map.of()).host())
                .isEqualTo("0.0.0.0");
        assertThat(ServeOptions.parse(List.of(), Map.of("KNEADWISE_HOST", "0.0.0.0"))
                        .host())
                .isEqualTo("0.0.0.0");
        assertThat(ServeOptions.parse(List.of("--host=::1"), Map.of("KNEADWISE_HOST", "0.0.0.0"))
                        .host())
                .as("the option wins over the environment")
                .isEqualTo("::1");
    }

    @Test
    void demoAccountsOnANetworkMustBeAskedForTwice() {
        assertThat(ServeOptions.parse(List.of("--demo", "--host", "0.0.0.0"), Map.of())
                        .problems())
                .singleElement()
                .asString()
                .contains("--demo-on-network");
        assertThat(ServeOptions.parse(List.of("--demo"), Map.of("KNEADWISE_HOST", "0.0.0.0"))
                        .problems())
                .singleElement()
                .asString()
                .contains("KNEADWISE_HOST", "--demo-on-network");
        assertThat(ServeOptions.parse(List.of("--demo", "--host", "0.0.0.0", "--demo-on-network"), Map.of())
                        .problems())
                .isEmpty();
        assertThat(ServeOptions.parse(List.of("--demo", "--host", "localhost"), Map.of())
                        .problems())
                .as("localhost is loopback")
                .isEmpty();
        assertThat(ServeOptions.parse(List.of("--demo", "--host", "::1"), Map.of())
                        .problems())
                .isEmpty();
    }

    @Test
    void anUnknownHostIsAProblem() {
        assertThat(ServeOptions.parse(List.of("--host", "no-such-host.invalid"), Map.of())
                        .problems())
                .singleElement()
                .asString()
                .contains("--host 'no-such-host.invalid'");
    }
}
