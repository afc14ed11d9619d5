package kneadwise.checkin;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kneadwise.assessment.AssessmentEngine;
import kneadwise.evidence.EvidenceBase;
import kneadwise.system.InvalidInputException;
import kneadwise.system.ProblemDocument;
import kneadwise.system.cli.Command;
import kneadwise.system.cli.CommandLine;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./kneadwise assess [FILE]}: the engine on the command line, with no database and no Spring. */
public final class AssessCommand implements Command {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final InputStream standardInput;

    public AssessCommand() {
        this(System.in);
    }

    AssessCommand(InputStream standardInput) {
        this.standardInput = standardInput;
    }

    @Override
    public String name() {
        return "assess";
    }

    @Override
    public String summary() {
        return "Assess one intake (JSON from FILE or standard input); print the assessment";
    }

    @Override
    public String help() {
        return """
                Usage: ./kneadwise assess [FILE]

                Reads one intake as JSON (CONTRACT.md section 3) from FILE, or from standard input
                when FILE is omitted or is -, and prints the assessment as JSON (section 4). Needs
                no database and no server.

                Exit status: 0 assessed; 2 invalid input (a problem document naming every invalid
                field is printed on standard output) or an unreadable FILE.

                Besides the contract's fields, "clearedFindings" lists reasons a doctor has examined
                and cleared (CLINICAL.md 2b) and "whatMatters" what matters most to the person
                (LOW_COST, LITTLE_TIME, HANDS_ON_CARE, DOING_IT_MYSELF, NOT_BEING_TOUCHED).

                Examples:
                  echo '{"age": 47, "painDurationWeeks": 16, "painNow": 6}' | ./kneadwise assess
                  echo '{"age": 60, "painDurationWeeks": 20, "painNow": 5, "findings": ["RECENT_SURGERY"],
                         "clearedFindings": ["RECENT_SURGERY"]}' | ./kneadwise assess""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() > 1) {
            err.println("assess: give at most one FILE. Run './kneadwise assess --help' for how.");
            return CommandLine.USAGE;
        }
        JsonNode intake;
        try (InputStream in = args.isEmpty() || args.get(0).equals("-")
                ? standardInput
                : Files.newInputStream(Path.of(args.get(0)))) {
            intake = JSON.readTree(in);
        } catch (IOException e) {
            err.println("assess: cannot read " + args.get(0) + ": " + e.getMessage());
            return CommandLine.USAGE;
        } catch (JacksonException e) {
            out.println(JSON.writeValueAsString(ProblemDocument.malformedJson("intake")));
            return CommandLine.USAGE;
        }
        try {
            AssessmentEngine engine = new AssessmentEngine(EvidenceBase.bundled());
            out.println(JSON.writeValueAsString(AssessmentDocument.of(engine.assess(IntakeReader.read(intake)))));
            return CommandLine.OK;
        } catch (InvalidInputException invalid) {
            out.println(JSON.writeValueAsString(invalid.toProblemDocument()));
            return CommandLine.USAGE;
        }
    }
}
