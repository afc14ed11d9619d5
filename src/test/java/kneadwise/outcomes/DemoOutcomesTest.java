package kneadwise.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import kneadwise.assessment.Instrument;
import kneadwise.booking.CourseOutlines.SessionTime;
import kneadwise.demo.DemoCourseHistory.FinishedCourse;
import kneadwise.demo.DemoDirectory;
import kneadwise.demo.DemoOutcomes;
import kneadwise.directory.PostalCodes;
import kneadwise.directory.Therapist;
import org.junit.jupiter.api.Test;

/**
 * Made-up logs (from the demo module) obey the rules a person's logs obey, and their outcomes are plausible. It lives
 * beside outcomes because it judges them with outcomes' own rule for a course's result.
 */
class DemoOutcomesTest {

    @Test
    void logsFollowTheLoggingRulesAndOutcomesArePlausible() {
        DemoOutcomes outcomes = new DemoOutcomes(new Random(11));
        Therapist therapist = new DemoDirectory(11, new PostalCodes()).next();
        Random ids = new Random(12);
        int helped = 0;
        int withSideEffects = 0;
        int courses = 2_000;
        for (int c = 0; c < courses; c++) {
            FinishedCourse course = course(new UUID(ids.nextLong(), ids.nextLong()), therapist);
            List<SessionLog> logs = outcomes.logs(course);
            assertThat(logs).extracting(SessionLog::session).containsExactly(1, 2, 3, 4, 5, 6);
            Instrument instrument = logs.getFirst().functionInstrument();
            assertThat(instrument).isIn(Instrument.RMDQ, Instrument.ODI);
            for (SessionLog log : logs) {
                SessionTime time = course.times().get(log.session() - 1);
                assertThat(log.painNrs()).isBetween(0, 10);
                if (CourseProgress.asksFunction(log.session(), 6)) {
                    assertThat(log.functionInstrument()).isEqualTo(instrument);
                    BigDecimal score = log.function();
                    assertThat(score).isNotNull();
                    assertThat(instrument.accepts(score))
                            .as("%s %s", instrument, score)
                            .isTrue();
                } else {
                    assertThat(log.function()).isNull();
                    assertThat(log.functionAnswers()).isNull();
                }
                assertThat(log.globalImpression() != null).isEqualTo(log.session() == 6);
                if (log.session() == 1) {
                    // the baseline is logged in the 24 hours before the first massage, with no side effects
                    assertThat(log.recordedAt()).isBefore(time.start());
                    assertThat(log.recordedAt()).isAfter(time.start().minus(Duration.ofHours(24)));
                    assertThat(log.sideEffects()).isEmpty();
                } else {
                    assertThat(log.recordedAt()).isAfter(time.end());
                }
            }
            CourseResult result = CourseResult.of(6, logs, outcomes.notes(course, therapist));
            helped += Boolean.TRUE.equals(result.improved()) ? 1 : 0;
            withSideEffects += result.sideEffect() ? 1 : 0;
            assertThat(result.techniques())
                    .isNotEmpty()
                    .allMatch(name -> therapist.techniques().stream()
                            .anyMatch(t -> t.name().equals(name)));
        }
        // about half helped; side effects within the trials' 1.5% to 25% of participants
        assertThat(helped / (double) courses).isBetween(0.4, 0.65);
        assertThat(withSideEffects / (double) courses).isBetween(0.015, 0.25);
    }

    private static FinishedCourse course(UUID patient, Therapist therapist) {
        Instant first = Instant.parse("2026-03-02T15:00:00Z");
        List<SessionTime> times = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            Instant start = first.plus(Duration.ofDays(7L * (n - 1)));
            times.add(new SessionTime(n, start, start.plus(Duration.ofMinutes(60)), null));
        }
        return new FinishedCourse(UUID.randomUUID(), therapist.id(), patient, ZoneId.of("America/Chicago"), times);
    }
}
