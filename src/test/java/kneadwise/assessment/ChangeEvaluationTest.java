package kneadwise.assessment;

import static kneadwise.assessment.ChangeVerdict.IMPROVED;
import static kneadwise.assessment.ChangeVerdict.NO_IMPORTANT_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CLINICAL.md section 4 (Ostelo et al. 2008). */
class ChangeEvaluationTest {

    @Test
    void theExampleOfTheContract() {
        ChangeEvaluation change = evaluate(Instrument.ODI, "40", "28");

        assertThat(change.improvement()).isEqualByComparingTo("12");
        assertThat(change.percentImprovement()).isEqualByComparingTo("30.0");
        assertThat(change.verdict()).isEqualTo(IMPROVED);
        assertThat(change.meetsAbsolute()).isTrue();
        assertThat(change.meetsRelative()).isTrue();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}: {3} (absolute {4}, relative {5})")
    @CsvSource({
        "NRS, 6, 4, IMPROVED, true, true",
        "NRS, 10, 8, IMPROVED, true, false",
        "NRS, 3, 2, IMPROVED, false, true",
        "NRS, 5, 4, NO_IMPORTANT_CHANGE, false, false",
        "NRS, 4, 5, NO_IMPORTANT_CHANGE, false, false",
        "NRS, 4, 6, WORSENED, false, false",
        "NRS, 0, 1, NO_IMPORTANT_CHANGE, false, false",
        "NRS, 0, 2, WORSENED, false, false",
        "RMDQ, 10, 7, IMPROVED, false, true",
        "RMDQ, 20, 16, NO_IMPORTANT_CHANGE, false, false",
        "RMDQ, 20, 15, IMPROVED, true, false",
        "RMDQ, 10, 15, WORSENED, false, false",
        "ODI, 80, 71, NO_IMPORTANT_CHANGE, false, false",
        "ODI, 35.5, 25.5, IMPROVED, true, false",
        "ODI, 30, 40, WORSENED, false, false",
    })
    void judgesAgainstTheMinimalImportantChange(
            Instrument instrument,
            String baseline,
            String followUp,
            ChangeVerdict verdict,
            boolean absolute,
            boolean relative) {
        ChangeEvaluation change = evaluate(instrument, baseline, followUp);

        assertThat(change.verdict()).isEqualTo(verdict);
        assertThat(change.meetsAbsolute()).isEqualTo(absolute);
        assertThat(change.meetsRelative()).isEqualTo(relative);
    }

    @ParameterizedTest(name = "{0} {1} -> {2} is worse: a rise to the ceiling")
    @CsvSource({"NRS, 9, 10", "NRS, 4, 10", "RMDQ, 23, 24", "RMDQ, 21, 24", "ODI, 95, 100", "ODI, 99.5, 100"})
    void aRiseToTheTopOfTheScaleIsWorse(Instrument instrument, String baseline, String followUp) {
        ChangeEvaluation change = evaluate(instrument, baseline, followUp);

        assertThat(change.verdict()).isEqualTo(ChangeVerdict.WORSENED);
        assertThat(change.words()).startsWith("Worse");
    }

    @Test
    void stayingAtTheTopIsNoChangeNotWorse() {
        assertThat(evaluate(Instrument.NRS, "10", "10").verdict()).isEqualTo(NO_IMPORTANT_CHANGE);
        assertThat(evaluate(Instrument.RMDQ, "24", "24").verdict()).isEqualTo(NO_IMPORTANT_CHANGE);
        assertThat(evaluate(Instrument.ODI, "100", "100").verdict()).isEqualTo(NO_IMPORTANT_CHANGE);
    }

    @Test
    void aSmallBaselineImprovedOnlyByPercentSaysItIsLessThanMostPeopleNotice() {
        ChangeEvaluation change = evaluate(Instrument.NRS, "2", "1");

        assertThat(change.verdict()).isEqualTo(IMPROVED);
        assertThat(change.improvedOnlyByPercent()).isTrue();
        assertThat(change.words()).isEqualTo("50% better, but less than the 2 points most people notice.");
        assertThat(evaluate(Instrument.NRS, "6", "3").words()).startsWith("Better by 3 points");
    }

    @Test
    void aBaselineOfZeroHasNoPercentImprovement() {
        assertThat(evaluate(Instrument.NRS, "0", "0").percentImprovement()).isNull();
        assertThat(evaluate(Instrument.NRS, "0", "0").verdict()).isEqualTo(NO_IMPORTANT_CHANGE);
    }

    @Test
    void percentImprovementHasOneDecimal() {
        assertThat(evaluate(Instrument.NRS, "3", "2").percentImprovement()).isEqualByComparingTo("33.3");
        assertThat(evaluate(Instrument.NRS, "3", "5").percentImprovement()).isEqualByComparingTo("-66.7");
    }

    @Test
    void refusesScoresOutsideTheInstrumentsRange() {
        assertThatThrownBy(() -> evaluate(Instrument.NRS, "11", "2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> evaluate(Instrument.RMDQ, "10", "-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> evaluate(Instrument.NRS, "4.5", "2")).isInstanceOf(IllegalArgumentException.class);
        assertThat(evaluate(Instrument.ODI, "100", "0").verdict()).isEqualTo(IMPROVED);
    }

    private static ChangeEvaluation evaluate(Instrument instrument, String baseline, String followUp) {
        return ChangeEvaluation.of(instrument, new BigDecimal(baseline), new BigDecimal(followUp));
    }
}
