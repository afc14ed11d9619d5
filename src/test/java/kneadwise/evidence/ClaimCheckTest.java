package kneadwise.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The claims of CLINICAL.md section 7 in several wordings of our own, and sentences that only look alike or reject
 * the claim.
 */
class ClaimCheckTest {

    final ClaimCheck check = EvidenceBase.bundled().claimCheck();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "FLUSHES_TOXINS | A good rubdown flushes toxins out of tired muscles.",
                "FLUSHES_TOXINS | Your therapist will help your body get rid of lactic acid.",
                "FLUSHES_TOXINS | Drink water afterwards, because the massage releases toxins into your blood.",
                "FLUSHES_TOXINS | Regular sessions detoxify the body.",
                "BOOSTS_IMMUNITY | Massage can boost your immune system during flu season.",
                "BOOSTS_IMMUNITY | Studies say bodywork strengthens immunity.",
                "BOOSTS_IMMUNITY | It even increases white blood cells!",
                "RELEASES_ENDORPHINS | Massage works by releasing endorphins, the body's natural painkillers.",
                "RELEASES_ENDORPHINS | A session triggers a flood of feel-good hormones.",
                "RELEASES_ENDORPHINS | Your endorphin levels rise during a deep tissue session.",
                "LOWERS_CORTISOL | Massage lowers cortisol, so you feel calmer.",
                "LOWERS_CORTISOL | Less stress hormone means faster healing.",
                "LOWERS_CORTISOL | One session can reduce cortisol by a third.",
                "TRIGGER_POINTS_75_PERCENT | Trigger points are behind 75% of all pain.",
                "TRIGGER_POINTS_75_PERCENT | Experts think three-quarters of back pain comes from trigger points.",
                "TRIGGER_POINTS_75_PERCENT | Up to 75 percent of aches start in a trigger point.",
                "REVIEW_2003_CLEARLY_EFFECTIVE | A 2003 review found massage clearly effective for back pain.",
                "REVIEW_2003_CLEARLY_EFFECTIVE | Cherkin's 2003 study proved that massage works.",
                "ACP_RECOMMENDS_FOR_CHRONIC | The American College of Physicians recommends massage for chronic low back pain.",
                "ACP_RECOMMENDS_FOR_CHRONIC | For long-lasting back pain, the ACP endorses massage therapy.",
                "WRONG_CITATION_2024_REVIEW | See Boyd C et al., JAMA Netw Open 2024.",
            })
    void findsTheClaimInOtherWords(String claimId, String text) {
        assertThat(check.check(text)).extracting(found -> found.claim().id()).contains(claimId);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "It is a myth that massage flushes toxins out of the body.",
                "Massage does not boost the immune system.",
                "There is no evidence that massage lowers cortisol.",
                "The ACP does not recommend massage for chronic back pain.",
                "Massage can ease back pain for a short time.",
                "Drink water after exercise and rest your muscles.",
                "The immune system protects the body.",
                "Stress is common in people with back pain.",
                "A 2015 review rated the evidence as low quality.",
            })
    void leavesAloneSentencesThatDoNotMakeAClaim(String text) {
        assertThat(check.check(text)).isEmpty();
    }

    @Test
    void givesTheSpanOfEachSentenceThatMakesAClaim() {
        String text = "Massage is pleasant. It flushes toxins from the muscles! Many people also say it lowers"
                + " cortisol.\nBook a session today.";

        List<ClaimFound> found = check.check(text);

        assertThat(found).extracting(f -> f.claim().id()).containsExactly("FLUSHES_TOXINS", "LOWERS_CORTISOL");
        assertThat(text.substring(found.get(0).start(), found.get(0).end()))
                .isEqualTo("It flushes toxins from the muscles!");
        assertThat(text.substring(found.get(1).start(), found.get(1).end()))
                .isEqualTo("Many people also say it lowers cortisol.");
    }

    @Test
    void eachFoundClaimCarriesItsVerdictAndEvidence() {
        ClaimFound found = check.check("Massage boosts immunity.").get(0);

        assertThat(found.claim().verdict()).isEqualTo(ClaimVerdict.NOT_SUPPORTED);
        assertThat(found.claim().evidence()).contains("single session in healthy adults");
        assertThat(found.claim().sources()).isNotEmpty();
    }

    @Test
    void decimalNumbersDoNotEndASentence() {
        String text = "About 1.5 points less pain. Massage releases endorphins.";

        List<ClaimFound> found = check.check(text);

        assertThat(found)
                .singleElement()
                .satisfies(
                        f -> assertThat(text.substring(f.start(), f.end())).isEqualTo("Massage releases endorphins."));
    }
}
