package kneadwise.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A therapist's bookable time: start times, clashes, daylight-saving changes, whole courses and alternatives. */
class TherapistCalendarTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Duration HOUR = Duration.ofHours(1);

    /** Monday to Friday 09:00-19:00, and Sunday 01:00-04:00 (to meet the night the clocks change). */
    static final WeeklyHours WEEKDAYS = new WeeklyHours(List.of(
            new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(19, 0)),
            new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(19, 0)),
            new OpeningHours(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(19, 0)),
            new OpeningHours(DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(19, 0)),
            new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(19, 0)),
            new OpeningHours(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(4, 0))));

    @Test
    void sessionsStartEveryHalfHourAndEndByClosingTime() {
        List<LocalTime> starts = WEEKDAYS.startTimes(DayOfWeek.MONDAY, Duration.ofMinutes(90));

        assertThat(starts).first().isEqualTo(LocalTime.of(9, 0));
        assertThat(starts).last().isEqualTo(LocalTime.of(17, 30));
        assertThat(starts).hasSize(18);
        assertThat(WEEKDAYS.startTimes(DayOfWeek.SATURDAY, HOUR)).isEmpty();
    }

    @Test
    void aWeeklyEveningSessionStaysAtSixLocalAcrossSpringForwardInNewYork() {
        // 2027-03-14: New York moves from -05:00 to -04:00
        TherapistCalendar calendar = calendar(NEW_YORK, List.of(), "2027-02-01T12:00:00Z");
        LocalDateTime first = LocalDateTime.parse("2027-03-02T18:00");

        assertThat(calendar.firstProblem(first, 6, 7)).isEmpty();
        List<ZonedDateTime> sessions = sessions(first, 6, NEW_YORK);
        assertThat(sessions).allSatisfy(start -> assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(18, 0)));
        assertThat(sessions.get(1).getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(sessions.get(2).getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
        // so the week across the change is an hour shorter in absolute time
        assertThat(Duration.between(sessions.get(1).toInstant(), sessions.get(2).toInstant()))
                .isEqualTo(Duration.ofDays(7).minusHours(1));
    }

    @Test
    void aWeeklyEveningSessionStaysAtSixLocalAcrossFallBackInLondon() {
        // 2026-10-25: London moves from +01:00 (BST) to +00:00 (GMT)
        TherapistCalendar calendar = calendar(LONDON, List.of(), "2026-10-01T12:00:00Z");
        LocalDateTime first = LocalDateTime.parse("2026-10-14T18:00");

        assertThat(calendar.firstProblem(first, 4, 7)).isEmpty();
        List<ZonedDateTime> sessions = sessions(first, 4, LONDON);
        assertThat(sessions)
                .extracting(ZonedDateTime::getOffset)
                .containsExactly(ZoneOffset.ofHours(1), ZoneOffset.ofHours(1), ZoneOffset.UTC, ZoneOffset.UTC);
        assertThat(sessions).allSatisfy(start -> assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(18, 0)));
        assertThat(Duration.between(sessions.get(1).toInstant(), sessions.get(2).toInstant()))
                .isEqualTo(Duration.ofDays(7).plusHours(1));
    }

    @Test
    void aLocalTimeTheClocksSkipIsNotOffered() {
        // 2027-03-14 02:00-03:00 does not exist in New York; the Sunday night hours are 01:00-04:00
        TherapistCalendar calendar = calendar(NEW_YORK, List.of(), "2027-02-01T12:00:00Z");
        LocalDate changeDay = LocalDate.parse("2027-03-14");

        assertThat(calendar.check(changeDay.atTime(2, 30))).contains(Unavailable.NOT_WORKING);
        assertThat(calendar.freeStarts(changeDay, changeDay.plusDays(1)))
                .extracting(ZonedDateTime::toLocalTime)
                .containsExactly(LocalTime.of(1, 0), LocalTime.of(1, 30), LocalTime.of(3, 0));
        // the week before, the same night has all its starts
        assertThat(calendar.freeStarts(
                        changeDay.minusWeeks(1), changeDay.minusWeeks(1).plusDays(1)))
                .hasSize(5);
    }

    @Test
    void namesWhyASessionCannotBeHad() {
        Instant taken = Instant.parse("2027-03-02T23:00:00Z"); // 18:00 in New York
        Instant away = Instant.parse("2027-03-03T14:00:00Z"); // 09:00 in New York
        TherapistCalendar calendar = calendar(
                NEW_YORK,
                List.of(
                        new Busy(taken, taken.plus(HOUR), Busy.Reason.TAKEN),
                        new Busy(away, away.plus(Duration.ofHours(4)), Busy.Reason.TIME_OFF)),
                "2027-03-01T12:00:00Z");

        assertThat(calendar.check(LocalDateTime.parse("2027-03-02T18:00"))).contains(Unavailable.TAKEN);
        assertThat(calendar.check(LocalDateTime.parse("2027-03-02T17:30"))).contains(Unavailable.TAKEN);
        assertThat(calendar.check(LocalDateTime.parse("2027-03-02T17:00"))).isEmpty();
        assertThat(calendar.check(LocalDateTime.parse("2027-03-03T12:30"))).contains(Unavailable.TIME_OFF);
        assertThat(calendar.check(LocalDateTime.parse("2027-03-03T13:00"))).isEmpty();
        assertThat(calendar.check(LocalDateTime.parse("2027-03-06T10:00"))).contains(Unavailable.NOT_WORKING);
        assertThat(calendar.check(LocalDateTime.parse("2027-03-02T18:15"))).contains(Unavailable.NOT_WORKING);
        assertThat(calendar.check(LocalDateTime.parse("2027-03-01T08:00"))).contains(Unavailable.TOO_SOON);
        // 12:00Z is 07:00 in New York: the lead time ends at 09:00, so 09:00 can still be booked, 08:30 not
        assertThat(calendar.check(LocalDateTime.parse("2027-03-01T09:00"))).isEmpty();
    }

    @Test
    void thePatientsOwnSessionsElsewhereCountToo() {
        Instant elsewhere = Instant.parse("2027-03-09T23:30:00Z");
        TherapistCalendar calendar = new TherapistCalendar(
                NEW_YORK,
                HOUR,
                WEEKDAYS,
                BusyTimes.of(List.of())
                        .and(List.of(new Busy(elsewhere, elsewhere.plus(HOUR), Busy.Reason.YOUR_OTHER_SESSION))),
                Instant.parse("2027-03-01T12:00:00Z"),
                Instant.parse("2027-09-01T12:00:00Z"));

        assertThat(calendar.firstProblem(LocalDateTime.parse("2027-03-02T18:00"), 3, 7))
                .hasValueSatisfying(problem -> {
                    assertThat(problem.session()).isEqualTo(2);
                    assertThat(problem.reason()).isEqualTo(Unavailable.YOUR_OTHER_SESSION);
                });
    }

    @Test
    void theEarliestCourseSkipsAWeekWhoseSessionWouldClash() {
        // Tuesday 2027-03-16 18:00 is taken, so a 3-session Tuesday 18:00 course cannot start on 03-02 or 03-09
        Instant taken = LocalDateTime.parse("2027-03-16T18:00").atZone(NEW_YORK).toInstant();
        TherapistCalendar calendar = calendar(
                NEW_YORK, List.of(new Busy(taken, taken.plus(HOUR), Busy.Reason.TAKEN)), "2027-03-01T12:00:00Z");

        assertThat(calendar.earliestCourseStart(
                        LocalDate.parse("2027-03-01"),
                        LocalDate.parse("2027-03-29"),
                        3,
                        7,
                        DayOfWeek.TUESDAY,
                        LocalTime.of(18, 0)))
                .hasValueSatisfying(start ->
                        assertThat(start.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2027-03-23T18:00")));
        // any time on any day: Monday 09:00 is free for three weeks
        assertThat(calendar.earliestCourseStart(
                        LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-29"), 3, 7, null, null))
                .hasValueSatisfying(start ->
                        assertThat(start.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2027-03-01T09:00")));
    }

    @Test
    void alternativesAreWholeCoursesClosestToTheTimeAsked() {
        Instant taken = LocalDateTime.parse("2027-03-16T18:00").atZone(NEW_YORK).toInstant();
        TherapistCalendar calendar = calendar(
                NEW_YORK, List.of(new Busy(taken, taken.plus(HOUR), Busy.Reason.TAKEN)), "2027-03-01T12:00:00Z");
        LocalDateTime asked = LocalDateTime.parse("2027-03-02T18:00");

        List<ZonedDateTime> alternatives = calendar.alternatives(asked, 3, 7, 3);

        assertThat(alternatives).hasSize(3);
        assertThat(alternatives)
                .allSatisfy(start -> assertThat(calendar.firstProblem(start.toLocalDateTime(), 3, 7))
                        .isEmpty());
        // 17:30 would meet the taken session in its third week and 18:30 would end after 19:00, so the closest
        // whole courses start earlier the same evening
        assertThat(alternatives)
                .extracting(ZonedDateTime::toLocalDateTime)
                .containsExactly(
                        LocalDateTime.parse("2027-03-02T16:00"),
                        LocalDateTime.parse("2027-03-02T16:30"),
                        LocalDateTime.parse("2027-03-02T17:00"));
    }

    static TherapistCalendar calendar(ZoneId zone, List<Busy> busy, String now) {
        Instant at = Instant.parse(now);
        return new TherapistCalendar(
                zone,
                HOUR,
                WEEKDAYS,
                BusyTimes.of(busy),
                at.plus(BookingRules.LEAD_TIME),
                at.plus(BookingRules.HORIZON));
    }

    static List<ZonedDateTime> sessions(LocalDateTime first, int count, ZoneId zone) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(n -> TherapistCalendar.sessionStart(first, n, 7).atZone(zone))
                .toList();
    }
}
