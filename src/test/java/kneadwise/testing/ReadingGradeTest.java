package kneadwise.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The grade measure itself, on texts whose level is not in doubt. */
class ReadingGradeTest {

    @Test
    void countsSyllablesTheUsualWay() {
        assertThat(ReadingGrade.syllables("cat")).isEqualTo(1);
        assertThat(ReadingGrade.syllables("massage")).isEqualTo(2);
        assertThat(ReadingGrade.syllables("physiotherapy")).isEqualTo(5);
        assertThat(ReadingGrade.syllables("take")).isEqualTo(1);
        assertThat(ReadingGrade.syllables("self-care")).isEqualTo(2);
        assertThat(ReadingGrade.syllables("1.5")).isEqualTo(2);
    }

    @Test
    void shortPlainSentencesScoreLow() {
        assertThat(ReadingGrade.of("The cat sat on the mat. It was warm.")).isLessThan(2);
    }

    @Test
    void longTechnicalSentencesScoreHigh() {
        String text = "Standardised mean differences in short-term pain intensity, derived from randomised controlled"
                + " trials with heterogeneous comparators, indicate a moderate effect of questionable clinical"
                + " significance.";

        assertThat(ReadingGrade.of(text)).isGreaterThan(16);
    }
}
