package kneadwise.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import kneadwise.directory.CourseWanted;
import kneadwise.directory.TherapistMatch;
import org.junit.jupiter.api.Test;

/** Which therapists' calendars a search reads at all: only those whose week has the day and time asked for. */
class BookableCoursesTest {

    private static final WeeklyHours MONDAYS_9_TO_5 =
            new WeeklyHours(List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))));
    private static final TherapistMatch HOUR_LONG = new TherapistMatch(
            UUID.randomUUID(), "T", 1.0, BigDecimal.TEN, List.of(), ZoneId.of("America/New_York"), 60);

    @Test
    void aWeekWithoutTheDayOrTimeAskedIsNotLookedAt() {
        assertThat(could(DayOfWeek.TUESDAY, null)).isFalse();
        assertThat(could(DayOfWeek.MONDAY, LocalTime.of(16, 30)))
                .as("would end after closing")
                .isFalse();
        assertThat(could(DayOfWeek.MONDAY, LocalTime.of(9, 15)))
                .as("starts are on the half hour")
                .isFalse();
        assertThat(BookableCourses.couldOffer(new WeeklyHours(List.of()), HOUR_LONG, wanted(null, null)))
                .isFalse();
        assertThat(BookableCourses.couldOffer(null, HOUR_LONG, wanted(null, null)))
                .isFalse();
    }

    @Test
    void aWeekWithTheDayAndTimeIsLookedAt() {
        assertThat(could(null, null)).isTrue();
        assertThat(could(DayOfWeek.MONDAY, null)).isTrue();
        assertThat(could(DayOfWeek.MONDAY, LocalTime.of(16, 0))).isTrue();
        assertThat(could(null, LocalTime.of(9, 0))).isTrue();
    }

    private static boolean could(DayOfWeek day, LocalTime time) {
        return BookableCourses.couldOffer(MONDAYS_9_TO_5, HOUR_LONG, wanted(day, time));
    }

    private static CourseWanted wanted(DayOfWeek day, LocalTime time) {
        return new CourseWanted(day, time, 6, day != null || time != null);
    }
}
