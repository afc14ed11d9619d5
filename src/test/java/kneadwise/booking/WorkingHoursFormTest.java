package kneadwise.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import kneadwise.system.FieldProblem;
import kneadwise.system.InvalidInputException;
import kneadwise.system.JsonInput;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Weekly hours read once for the API's JSON and the schedule page's form: the same rules, each field named. */
class WorkingHoursFormTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theApiNamesEveryBadPeriodByItsPlaceInTheList() {
        assertThatThrownBy(() -> WorkingTimeApi.readHours(JSON.readTree("""
                        [{"day": "MONDAY", "opens": "09:00", "closes": "13:00"},
                         {"day": "MONDAY", "opens": "12:00", "closes": "17:00"},
                         {"day": "TUESDAY", "opens": "17:00", "closes": "09:00"},
                         {"day": "FUNDAY", "opens": "nine", "closes": "17:00"},
                         {"day": "FRIDAY"}]""")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder(
                                        "[1].opens", "[2].closes", "[3].day", "[3].opens", "[4].opens", "[4].closes"));
    }

    @Test
    void theApiAndThePageGiveTheSameHoursAndTheSameMessages() throws Exception {
        WeeklyHours fromJson = WorkingTimeApi.readHours(JSON.readTree("""
                [{"day": "WEDNESDAY", "opens": "08:00", "closes": "12:00"},
                 {"day": "WEDNESDAY", "opens": "13:00", "closes": "18:30"}]"""));
        JsonInput page = new JsonInput();
        WeeklyHours fromPage = WorkingHoursForm.read(
                List.of(
                        new WorkingHoursForm.Given(DayOfWeek.WEDNESDAY, "08:00", "12:00", "W-1-opens", "W-1-closes"),
                        new WorkingHoursForm.Given(DayOfWeek.WEDNESDAY, " 13:00 ", "18:30", "W-2-opens", "W-2-closes"),
                        new WorkingHoursForm.Given(DayOfWeek.THURSDAY, "", "", "T-1-opens", "T-1-closes")),
                page);

        assertThat(page.valid()).isTrue();
        assertThat(fromPage.periods()).isEqualTo(fromJson.periods());
        assertThat(fromPage.periods())
                .extracting(OpeningHours::closes)
                .containsExactly(LocalTime.of(12, 0), LocalTime.of(18, 30));
    }

    @Test
    void thePageNamesItsOwnFieldsAndLeavesEmptyRowsOut() {
        JsonInput page = new JsonInput();
        WorkingHoursForm.read(
                List.of(
                        new WorkingHoursForm.Given(DayOfWeek.MONDAY, "09:00", "", "MONDAY-1-opens", "MONDAY-1-closes"),
                        new WorkingHoursForm.Given(DayOfWeek.MONDAY, "", "", "MONDAY-2-opens", "MONDAY-2-closes"),
                        new WorkingHoursForm.Given(
                                DayOfWeek.SUNDAY, "10:00", "10:00", "SUNDAY-1-opens", "SUNDAY-1-closes")),
                page);

        assertThat(page.problems())
                .containsExactly(
                        new FieldProblem("MONDAY-1-closes", "must be a time such as 09:00"),
                        new FieldProblem("SUNDAY-1-closes", "Sunday: must close after it opens"));
    }
}
