package kneadwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kneadwise.KneadwiseApplication;
import kneadwise.system.cli.CommandLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad usage of {@code ./kneadwise demo-outcomes} is refused with exit status 2 and a reason, before any database. */
class DemoOutcomesCommandTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "--sessions",
                "--sessions 5",
                "--sessions 5000001",
                "--sessions many",
                "--sessions 60 --seed x"
            })
    void badUsageIsRefused(String arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new DemoOutcomesCommand(KneadwiseApplication.class)
                .run(
                        arguments.isEmpty() ? List.of() : List.of(arguments.split(" ")),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("demo-outcomes: ")
                .contains(arguments.contains("--seed") ? "--seed" : "--sessions");
        assertThat(out.size()).isZero();
    }
}
