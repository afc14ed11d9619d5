package kneadwise.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kneadwise.assessment.Bothersomeness;
import kneadwise.assessment.Finding;
import kneadwise.assessment.Intake;
import kneadwise.system.FieldProblem;
import kneadwise.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** CONTRACT.md section 3, field by field. */
class IntakeReaderTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String FULL = """
            {"age": 47, "painDurationWeeks": 16.5, "painNow": 6, "findings": ["OSTEOPOROSIS", "OSTEOPOROSIS"],
             "startBack": {"legPain": true, "shoulderOrNeckPain": false, "walksShortDistancesOnly": false,
               "dressesSlowly": true, "notSafeToBeActive": true, "worryingThoughts": true,
               "terribleNeverBetter": false, "noEnjoyment": false, "bothersomeness": "VERY_MUCH"},
             "rmdq": [true, false, true, false, true, false, true, false, true, false, true, false,
                      true, false, true, false, true, false, true, false, true, false, true, false],
             "odi": [2, 1, 3, 2, 2, 1, 0, null, 2, 1],
             "favouriteColour": "blue"}
            """;

    @Test
    void readsEveryField() {
        Intake intake = read(FULL);

        assertThat(intake.age()).isEqualTo(47);
        assertThat(intake.painDurationWeeks()).isEqualTo(16.5);
        assertThat(intake.painNow()).isEqualTo(6);
        assertThat(intake.findings()).containsExactly(Finding.OSTEOPOROSIS);
        assertThat(intake.startBack()).isNotNull();
        assertThat(intake.startBack().bothersomeness()).isEqualTo(Bothersomeness.VERY_MUCH);
        assertThat(intake.rmdq()).hasSize(24).containsOnly(true, false);
        assertThat(intake.odi()).hasSize(10).containsNull();
    }

    @Test
    void onlyTheThreeRequiredFieldsAreNeeded() {
        Intake intake = read("{\"age\": 18, \"painDurationWeeks\": 0, \"painNow\": 0}");

        assertThat(intake.findings()).isEmpty();
        assertThat(intake.startBack()).isNull();
        assertThat(intake.rmdq()).isNull();
        assertThat(intake.odi()).isNull();
    }

    @Test
    void namesEveryInvalidField() {
        String body = """
                {"age": 17, "painDurationWeeks": "long", "painNow": 6.5, "findings": ["OSTEOPOROSIS", "BACKACHE"],
                 "startBack": {"legPain": "yes", "bothersomeness": "A_LOT"},
                 "rmdq": [true], "odi": [1, 2, 6, 1, 1, 1, 1, 1, 1, 1]}
                """;

        assertThatThrownBy(() -> read(body))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly(
                                        "age",
                                        "painDurationWeeks",
                                        "painNow",
                                        "findings[1]",
                                        "startBack.legPain",
                                        "startBack.shoulderOrNeckPain",
                                        "startBack.walksShortDistancesOnly",
                                        "startBack.dressesSlowly",
                                        "startBack.notSafeToBeActive",
                                        "startBack.worryingThoughts",
                                        "startBack.terribleNeverBetter",
                                        "startBack.noEnjoyment",
                                        "startBack.bothersomeness",
                                        "rmdq",
                                        "odi[2]"));
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        assertThatThrownBy(() -> read("{}"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(FieldProblem::field, FieldProblem::message)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("age", "is required"),
                                        org.assertj.core.groups.Tuple.tuple("painDurationWeeks", "is required"),
                                        org.assertj.core.groups.Tuple.tuple("painNow", "is required")));
    }

    @Test
    void theOdiNeedsEightAnsweredSections() {
        String base = "{\"age\": 40, \"painDurationWeeks\": 5, \"painNow\": 3, \"odi\": ";

        assertThat(read(base + "[1, 1, 1, 1, 1, 1, 1, 1, null, null]}").odi()).hasSize(10);
        assertThatThrownBy(() -> read(base + "[1, 1, 1, 1, 1, 1, 1, null, null, null]}"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.problems())
                                .singleElement()
                                .satisfies(problem -> {
                                    assertThat(problem.field()).isEqualTo("odi");
                                    assertThat(problem.message()).contains("at least 8", "not 7");
                                }));
        assertThatThrownBy(() -> read(base + "[1, 1, 1, 1, 1, 1, 1, 1, 1]}")).hasMessageContaining("exactly 10");
    }

    @Test
    void boundariesOfTheRanges() {
        assertThat(read("{\"age\": 120, \"painDurationWeeks\": 5200, \"painNow\": 10}")
                        .age())
                .isEqualTo(120);
        assertThatThrownBy(() -> read("{\"age\": 121, \"painDurationWeeks\": 5200.1, \"painNow\": 11}"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.problems()).hasSize(3));
    }

    @Test
    void aBodyThatIsNotAnObjectIsInvalid() {
        assertThatThrownBy(() -> read("[1, 2, 3]"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("$"));
    }

    private static Intake read(String json) {
        JsonNode node = JSON.readTree(json);
        return IntakeReader.read(node);
    }
}
