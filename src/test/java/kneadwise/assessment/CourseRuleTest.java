package kneadwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import kneadwise.assessment.CourseRule.CheckpointAdvice;
import kneadwise.assessment.CourseRule.EndOfCourseAdvice;
import org.junit.jupiter.api.Test;

/** The trial-of-massage rule of CLINICAL.md section 4. */
class CourseRuleTest {

    @Test
    void atTheCheckpointWorsePainMeansStopAndSeeAClinician() {
        assertThat(CourseRule.atCheckpoint(ChangeVerdict.WORSENED)).isEqualTo(CheckpointAdvice.STOP_AND_SEE_CLINICIAN);
        assertThat(CourseRule.atCheckpoint(ChangeVerdict.NO_IMPORTANT_CHANGE))
                .isEqualTo(CheckpointAdvice.CONTINUE_EARLY_DAYS);
        assertThat(CourseRule.atCheckpoint(ChangeVerdict.IMPROVED)).isEqualTo(CheckpointAdvice.CONTINUE_IMPROVING);
    }

    @Test
    void atTheEndEitherImprovementCounts() {
        assertThat(CourseRule.atEnd(ChangeVerdict.IMPROVED, ChangeVerdict.NO_IMPORTANT_CHANGE))
                .isEqualTo(EndOfCourseAdvice.HELPED);
        assertThat(CourseRule.atEnd(ChangeVerdict.WORSENED, ChangeVerdict.IMPROVED))
                .isEqualTo(EndOfCourseAdvice.HELPED);
        assertThat(CourseRule.atEnd(ChangeVerdict.NO_IMPORTANT_CHANGE, ChangeVerdict.NO_IMPORTANT_CHANGE))
                .isEqualTo(EndOfCourseAdvice.UNLIKELY_TO_HELP);
        assertThat(EndOfCourseAdvice.UNLIKELY_TO_HELP.message()).contains("Exercise therapy is the first to try");
        assertThat(EndOfCourseAdvice.HELPED.message()).contains("short-term", "your choice");
    }
}
