package kneadwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CLINICAL.md section 1: acute under 4 weeks, subacute 4 up to and including 12, chronic over 12. */
class PainPhaseTest {

    @ParameterizedTest(name = "{0} weeks is {1}")
    @CsvSource({
        "0, ACUTE",
        "3.9, ACUTE",
        "4, SUBACUTE",
        "12, SUBACUTE",
        "12.1, CHRONIC",
        "5200, CHRONIC",
    })
    void followsTheBandsAtTheirBoundaries(double weeks, PainPhase expected) {
        assertThat(PainPhase.ofDurationInWeeks(weeks)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, Double.NaN})
    void refusesADurationThatCannotBe(double weeks) {
        assertThatThrownBy(() -> PainPhase.ofDurationInWeeks(weeks)).isInstanceOf(IllegalArgumentException.class);
    }
}
