package kneadwise.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kneadwise.system.cli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./kneadwise assess} in process: standard input, a file, invalid input, malformed JSON. */
class AssessCommandTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void assessesAnIntakeFromStandardInput() {
        int exit = run(IntakeReaderTest.FULL);

        assertThat(exit).isEqualTo(CommandLine.OK);
        JsonNode assessment = JSON.readTree(stdout());
        assertThat(assessment.at("/triage/level").asString()).isEqualTo("MASSAGE_WITH_PRECAUTIONS");
        assertThat(assessment.at("/knowledgeBase/version").asString()).isEqualTo("2026.2");
    }

    @Test
    void assessesAnIntakeFromAFile(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("intake.json"), IntakeReaderTest.FULL);

        int exit = run("", file.toString());

        assertThat(exit).isEqualTo(CommandLine.OK);
        assertThat(JSON.readTree(stdout()).at("/painPhase").asString()).isEqualTo("CHRONIC");
    }

    @Test
    void invalidInputExitsWithTwoAndAProblemDocumentOnStandardOutput() {
        int exit = run("{\"age\": 200, \"painDurationWeeks\": 3, \"painNow\": 3, \"findings\": [\"NOPE\"]}");

        assertThat(exit).isEqualTo(CommandLine.USAGE);
        JsonNode problem = JSON.readTree(stdout());
        assertThat(problem.get("title").asString()).isEqualTo("Invalid intake");
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("age", "findings[0]");
    }

    @Test
    void malformedJsonExitsWithTwo() {
        assertThat(run("{not json")).isEqualTo(CommandLine.USAGE);
        assertThat(JSON.readTree(stdout()).get("title").asString()).isEqualTo("Malformed JSON");
    }

    @Test
    void aMissingFileIsAUsageError() {
        assertThat(run("", "/no/such/intake.json")).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read /no/such/intake.json");
    }

    private int run(String standardInput, String... args) {
        AssessCommand command =
                new AssessCommand(new ByteArrayInputStream(standardInput.getBytes(StandardCharsets.UTF_8)));
        return command.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
