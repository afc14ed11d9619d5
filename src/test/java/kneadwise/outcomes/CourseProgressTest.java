package kneadwise.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kneadwise.assessment.ChangeVerdict;
import kneadwise.assessment.CourseRule;
import kneadwise.assessment.CourseVerdict;
import kneadwise.assessment.Instrument;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The trial-of-massage rule over a course's logs (CLINICAL.md section 4), without a database. */
class CourseProgressTest {

    static final UUID COURSE = UUID.randomUUID();

    @Test
    void aCourseOfThreeSessionsHasAnEndButNoSeparateCheckpoint() {
        CourseProgress progress = CourseProgress.of(3, null, List.of(log(1, 6, null), log(3, 3, null)));

        assertThat(progress.checkpoint()).isNull();
        assertThat(progress.end()).isNotNull();
        assertThat(progress.end().pain().verdict()).isEqualTo(ChangeVerdict.IMPROVED);
    }

    @Test
    void withoutABaselineNothingIsJudged() {
        CourseProgress progress = CourseProgress.of(6, null, List.of(log(3, 6, null), log(6, 2, null)));

        assertThat(progress.checkpoint()).isNull();
        assertThat(progress.end()).isNull();
        assertThat(progress.pain()).hasSize(2);
    }

    @Test
    void functionWorseAndPainUnchangedEndsWorsenedAndUnlikelyToHelp() {
        CourseProgress progress = CourseProgress.of(
                6, Instrument.RMDQ, List.of(log(1, 5, new BigDecimal("8")), log(6, 5, new BigDecimal("14"))));

        assertThat(progress.end().function().verdict()).isEqualTo(ChangeVerdict.WORSENED);
        assertThat(progress.end().verdict()).isEqualTo(CourseVerdict.WORSENED);
        assertThat(progress.end().advice()).isEqualTo(CourseRule.EndOfCourseAdvice.UNLIKELY_TO_HELP);
    }

    @Property(tries = 300)
    void theEndSaysHelpedExactlyWhenPainOrFunctionImproved(
            @ForAll @IntRange(min = 0, max = 10) int painBefore,
            @ForAll @IntRange(min = 0, max = 10) int painAfter,
            @ForAll @IntRange(min = 0, max = 24) int rmdqBefore,
            @ForAll @IntRange(min = 0, max = 24) int rmdqAfter) {
        CourseProgress progress = CourseProgress.of(
                6,
                Instrument.RMDQ,
                List.of(
                        log(1, painBefore, BigDecimal.valueOf(rmdqBefore)),
                        log(6, painAfter, BigDecimal.valueOf(rmdqAfter))));

        // the thresholds by hand: NRS 2 points, RMDQ 5 points, or 30% of a baseline above 0
        boolean painImproved =
                painBefore - painAfter >= 2 || (painBefore > 0 && (painBefore - painAfter) * 10 >= 3 * painBefore);
        boolean rmdqImproved =
                rmdqBefore - rmdqAfter >= 5 || (rmdqBefore > 0 && (rmdqBefore - rmdqAfter) * 10 >= 3 * rmdqBefore);
        // worse: a rise of the threshold or more, or a rise to the top of the scale (version 2)
        boolean painWorse = painAfter - painBefore >= 2 || (painAfter == 10 && painBefore < 10);
        boolean rmdqWorse = rmdqAfter - rmdqBefore >= 5 || (rmdqAfter == 24 && rmdqBefore < 24);
        boolean improved = painImproved || rmdqImproved;
        boolean worse = painWorse || rmdqWorse;
        assertThat(progress.end().advice() == CourseRule.EndOfCourseAdvice.HELPED)
                .isEqualTo(improved && !worse);
        assertThat(progress.end().verdict() == CourseVerdict.MIXED).isEqualTo(improved && worse);
        assertThat(progress.end().verdict() == CourseVerdict.IMPROVED).isEqualTo(improved && !worse);
    }

    static SessionLog log(int session, int pain, BigDecimal rmdq) {
        return new SessionLog(
                COURSE,
                session,
                pain,
                List.of(),
                rmdq == null ? null : Instrument.RMDQ,
                null,
                rmdq,
                null,
                Instant.parse("2027-03-01T00:00:00Z").plusSeconds(session));
    }
}
