package kneadwise.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import kneadwise.system.FieldProblem;
import kneadwise.system.JsonInput;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The course a patient asks for, read the same way from the API's JSON and the booking page's form. */
class CourseFormTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final OffsetDateTime TUESDAY_SIX_PM = OffsetDateTime.parse("2027-03-02T18:00:00-05:00");

    @Test
    void bothReadTheSameCourse() {
        JsonInput fromJson = new JsonInput();
        JsonInput fromPage = new JsonInput();

        CourseForm.Wanted api = CourseForm.read(
                json("{\"firstSessionStart\": \"2027-03-02T18:00:00-05:00\", \"sessions\": 6, \"everyDays\": 7}"),
                fromJson);
        CourseForm.Wanted page = CourseForm.read(" 2027-03-02T18:00-05:00 ", " 6 ", "7", fromPage);

        assertThat(api).isEqualTo(new CourseForm.Wanted(TUESDAY_SIX_PM, 6, 7)).isEqualTo(page);
        assertThat(fromJson.valid()).isTrue();
        assertThat(fromPage.valid()).isTrue();
    }

    @Test
    void theLimitsAndTheirWordsAreTheSameForBoth() {
        JsonInput fromJson = new JsonInput();
        JsonInput fromPage = new JsonInput();

        assertThat(CourseForm.read(
                        json("{\"firstSessionStart\": \"2027-03-02T18:00:00-05:00\", \"sessions\": 13,"
                                + " \"everyDays\": 0}"),
                        fromJson))
                .isNull();
        assertThat(CourseForm.read("2027-03-02T18:00:00-05:00", "13", "0", fromPage))
                .isNull();

        assertThat(fromJson.problems())
                .containsExactly(
                        new FieldProblem("sessions", "must be a whole number from 1 to " + BookingRules.MOST_SESSIONS),
                        new FieldProblem(
                                "everyDays", "must be a whole number from 1 to " + BookingRules.MOST_DAYS_APART));
        assertThat(fromPage.problems()).isEqualTo(fromJson.problems());
    }

    @Test
    void thePageNamesEveryBadFieldAndStillKnowsTheChosenDay() {
        JsonInput input = new JsonInput();

        assertThat(CourseForm.read("", "six", "99999999999", input)).isNull();

        assertThat(input.problems())
                .extracting(FieldProblem::field)
                .containsExactly("firstSessionStart", "sessions", "everyDays");
        assertThat(input.problems().getFirst().message()).isEqualTo("choose a time for the first session");
        assertThat(CourseForm.chosenStart("2027-03-02T18:00:00-05:00")).isEqualTo(TUESDAY_SIX_PM);
        assertThat(CourseForm.chosenStart("tomorrow")).isNull();
    }

    @Test
    void theApiNamesAWrongTypeAndAMissingField() {
        JsonInput input = new JsonInput();

        assertThat(CourseForm.read(json("{\"firstSessionStart\": \"soon\", \"sessions\": 2.5}"), input))
                .isNull();

        assertThat(input.problems())
                .extracting(FieldProblem::field)
                .containsExactly("firstSessionStart", "sessions", "everyDays");
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
