package kneadwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import kneadwise.assessment.CourseRule.CheckpointAdvice;
import kneadwise.assessment.CourseRule.EndOfCourseAdvice;
import org.junit.jupiter.api.Test;

/** The trial-of-massage rule of CLINICAL.md section 4, version 2. */
class CourseRuleTest {

    @Test
    void atTheCheckpointPainOrFunctionGettingWorseStopsTheCourse() {
        assertThat(CourseRule.atCheckpoint(ChangeVerdict.WORSENED, null))
                .isEqualTo(CheckpointAdvice.STOP_AND_SEE_CLINICIAN);
        assertThat(CourseRule.atCheckpoint(ChangeVerdict.NO_IMPORTANT_CHANGE, ChangeVerdict.WORSENED))
                .isEqualTo(CheckpointAdvice.STOP_AND_SEE_CLINICIAN);
        assertThat(CourseRule.atCheckpoint(ChangeVerdict.IMPROVED, ChangeVerdict.WORSENED))
                .isEqualTo(CheckpointAdvice.STOP_AND_SEE_CLINICIAN);
        assertThat(CourseRule.atCheckpoint(ChangeVerdict.NO_IMPORTANT_CHANGE, null))
                .isEqualTo(CheckpointAdvice.CONTINUE_EARLY_DAYS);
        assertThat(CourseRule.atCheckpoint(ChangeVerdict.NO_IMPORTANT_CHANGE, ChangeVerdict.NO_IMPORTANT_CHANGE))
                .isEqualTo(CheckpointAdvice.CONTINUE_EARLY_DAYS);
        assertThat(CourseRule.atCheckpoint(ChangeVerdict.IMPROVED, null))
                .isEqualTo(CheckpointAdvice.CONTINUE_IMPROVING);
        assertThat(CourseRule.atCheckpoint(ChangeVerdict.NO_IMPORTANT_CHANGE, ChangeVerdict.IMPROVED))
                .isEqualTo(CheckpointAdvice.CONTINUE_IMPROVING);
    }

    @Test
    void atTheEndOneBetterAndOneWorseIsMixed() {
        assertThat(CourseRule.verdictAtEnd(ChangeVerdict.IMPROVED, ChangeVerdict.WORSENED))
                .isEqualTo(CourseVerdict.MIXED);
        assertThat(CourseRule.verdictAtEnd(ChangeVerdict.WORSENED, ChangeVerdict.IMPROVED))
                .isEqualTo(CourseVerdict.MIXED);
        assertThat(CourseRule.atEnd(ChangeVerdict.WORSENED, ChangeVerdict.IMPROVED))
                .isEqualTo(EndOfCourseAdvice.MIXED);
        assertThat(CourseRule.endMessage(change(Instrument.NRS, 6, 9), change(Instrument.RMDQ, 14, 6)))
                .contains("improved", "got worse", "Talk to a doctor");
    }

    @Test
    void atTheEndEitherBetterAndNeitherWorseHelped() {
        assertThat(CourseRule.atEnd(ChangeVerdict.IMPROVED, ChangeVerdict.NO_IMPORTANT_CHANGE))
                .isEqualTo(EndOfCourseAdvice.HELPED);
        assertThat(CourseRule.atEnd(ChangeVerdict.NO_IMPORTANT_CHANGE, ChangeVerdict.IMPROVED))
                .isEqualTo(EndOfCourseAdvice.HELPED);
        assertThat(CourseRule.atEnd(ChangeVerdict.IMPROVED, null)).isEqualTo(EndOfCourseAdvice.HELPED);
        assertThat(CourseRule.verdictAtEnd(ChangeVerdict.IMPROVED, null)).isEqualTo(CourseVerdict.IMPROVED);
    }

    @Test
    void atTheEndNeitherBetterIsUnlikelyToHelp() {
        assertThat(CourseRule.atEnd(ChangeVerdict.NO_IMPORTANT_CHANGE, ChangeVerdict.NO_IMPORTANT_CHANGE))
                .isEqualTo(EndOfCourseAdvice.UNLIKELY_TO_HELP);
        assertThat(CourseRule.atEnd(ChangeVerdict.WORSENED, ChangeVerdict.NO_IMPORTANT_CHANGE))
                .isEqualTo(EndOfCourseAdvice.UNLIKELY_TO_HELP);
        assertThat(CourseRule.verdictAtEnd(ChangeVerdict.WORSENED, ChangeVerdict.NO_IMPORTANT_CHANGE))
                .isEqualTo(CourseVerdict.WORSENED);
        assertThat(CourseRule.endMessage(change(Instrument.NRS, 6, 5), change(Instrument.ODI, 30, 28)))
                .contains("unlikely to help", "Exercise therapy is the first to try");
    }

    @Test
    void anImprovementSaysWhatAndByHowMuchAndNeverThatMassageCausedIt() {
        String message = CourseRule.endMessage(change(Instrument.NRS, 7, 3), change(Instrument.RMDQ, 12, 11));

        assertThat(message)
                .contains(
                        "Your pain improved",
                        "Better by 4 points",
                        "cannot tell how much of it was the" + " massage",
                        "short-term",
                        "your choice");
        assertThat(message).doesNotContainIgnoringCase("massage helped");
    }

    @Test
    void aBaselinePainOfZeroIsJudgedOnFunctionAndSaysSo() {
        String message = CourseRule.endMessage(change(Instrument.NRS, 0, 0), change(Instrument.RMDQ, 12, 5));

        assertThat(CourseRule.atEnd(ChangeVerdict.NO_IMPORTANT_CHANGE, ChangeVerdict.IMPROVED))
                .isEqualTo(EndOfCourseAdvice.HELPED);
        assertThat(message)
                .contains(
                        "Your daily activities improved",
                        "pain was 0 at the start",
                        "judged on your" + " daily activities");
    }

    @Test
    void withoutFunctionAtBothEndsOnlyPainIsJudgedAndTheWordsSaySo() {
        assertThat(CourseRule.endMessage(change(Instrument.NRS, 6, 5), null))
                .contains("Your pain did not ease", "only pain was judged");
    }

    private static ChangeEvaluation change(Instrument instrument, int baseline, int followUp) {
        return ChangeEvaluation.of(instrument, BigDecimal.valueOf(baseline), BigDecimal.valueOf(followUp));
    }
}
