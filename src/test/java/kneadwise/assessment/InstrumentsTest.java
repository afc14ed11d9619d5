package kneadwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CLINICAL.md section 3: STarT Back, RMDQ and ODI scoring. */
class InstrumentsTest {

    @Test
    void startBackCountsAgreementAndOnlyTheTopTwoBothersomenessAnswers() {
        StartBackAnswers allAgreeModerately =
                new StartBackAnswers(true, true, true, true, true, true, true, true, Bothersomeness.MODERATELY);
        StartBackAnswers allAgreeVeryMuch =
                new StartBackAnswers(true, true, true, true, true, true, true, true, Bothersomeness.VERY_MUCH);

        assertThat(StartBackScore.of(allAgreeModerately)).isEqualTo(new StartBackScore(8, 4, StartBackRisk.HIGH));
        assertThat(StartBackScore.of(allAgreeVeryMuch)).isEqualTo(new StartBackScore(9, 5, StartBackRisk.HIGH));
        assertThat(StartBackScore.of(Patients.MEDIUM_RISK)).isEqualTo(new StartBackScore(5, 3, StartBackRisk.MEDIUM));
    }

    @Test
    void bothersomenessGivesAPointOnlyForVeryMuchOrExtremely() {
        assertThat(Bothersomeness.NOT_AT_ALL.points()).isZero();
        assertThat(Bothersomeness.SLIGHTLY.points()).isZero();
        assertThat(Bothersomeness.MODERATELY.points()).isZero();
        assertThat(Bothersomeness.VERY_MUCH.points()).isOne();
        assertThat(Bothersomeness.EXTREMELY.points()).isOne();
    }

    @ParameterizedTest(name = "total {0}, psychosocial {1}: {2}")
    @CsvSource({
        "0, 0, LOW",
        "3, 3, LOW",
        "4, 0, MEDIUM",
        "4, 3, MEDIUM",
        "9, 3, MEDIUM",
        "4, 4, HIGH",
        "9, 5, HIGH",
    })
    void riskChecksHighBeforeLow(int total, int psychosocial, StartBackRisk risk) {
        assertThat(StartBackScore.riskOf(total, psychosocial)).isEqualTo(risk);
    }

    @Test
    void rolandMorrisCountsTheYesAnswers() {
        List<Boolean> answers = new ArrayList<>(Collections.nCopies(24, false));
        assertThat(RolandMorrisScore.of(answers).score()).isZero();
        answers.set(0, true);
        answers.set(23, true);
        assertThat(RolandMorrisScore.of(answers).score()).isEqualTo(2);
        assertThat(RolandMorrisScore.of(Collections.nCopies(24, true)).score()).isEqualTo(24);
    }

    @Test
    void rolandMorrisNeedsAll24Answers() {
        assertThatThrownBy(() -> RolandMorrisScore.of(Collections.nCopies(23, true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oswestryDividesByTheSectionsAnswered() {
        assertThat(OswestryIndex.of(odi(2, 2, 2, 2, 2, 2, 2, 2, 2, 2)).percent())
                .isEqualTo(40.0);
        // 16 of 45 (nine answered) = 35.56 -> 35.6
        assertThat(OswestryIndex.of(odi(2, 1, 3, 2, 2, 1, 2, null, 2, 1)).percent())
                .isEqualTo(35.6);
        // eight answered: 20 of 40
        assertThat(OswestryIndex.of(odi(5, 5, 5, 5, 0, 0, 0, 0, null, null)).percent())
                .isEqualTo(50.0);
    }

    @Test
    void oswestryWithFewerThanEightAnswersIsInvalid() {
        assertThatThrownBy(() -> OswestryIndex.of(odi(1, 1, 1, 1, 1, 1, 1, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 8");
    }

    @ParameterizedTest(name = "{0} of 50 is {1}")
    @CsvSource({
        "0, MINIMAL",
        "10, MINIMAL",
        "11, MODERATE",
        "20, MODERATE",
        "21, SEVERE",
        "30, SEVERE",
        "31, VERY_SEVERE",
        "40, VERY_SEVERE",
        "41, EXTREME",
        "50, EXTREME",
    })
    void oswestryBandsIncludeTheirUpperLimit(int points, OswestryBand band) {
        assertThat(OswestryBand.of(points, 50)).isEqualTo(band);
    }

    private static List<@Nullable Integer> odi(@Nullable Integer... sections) {
        return Arrays.asList(sections);
    }
}
