package kneadwise.assessment;

import static kneadwise.assessment.TriageLevel.EMERGENCY;
import static kneadwise.assessment.TriageLevel.MASSAGE_SUITABLE;
import static kneadwise.assessment.TriageLevel.MASSAGE_WITH_PRECAUTIONS;
import static kneadwise.assessment.TriageLevel.SEE_CLINICIAN_FIRST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CLINICAL.md section 2, rule by rule. */
class SafetyTriageTest {

    @ParameterizedTest(name = "{0} alone gives {1}")
    @CsvSource({
        "SADDLE_NUMBNESS, EMERGENCY",
        "BLADDER_OR_BOWEL_CHANGE, EMERGENCY",
        "PROGRESSIVE_LEG_WEAKNESS, EMERGENCY",
        "HISTORY_OF_CANCER, SEE_CLINICIAN_FIRST",
        "UNEXPLAINED_WEIGHT_LOSS, SEE_CLINICIAN_FIRST",
        "FEVER_OR_CHILLS, SEE_CLINICIAN_FIRST",
        "IV_DRUG_USE, SEE_CLINICIAN_FIRST",
        "IMMUNOSUPPRESSION, SEE_CLINICIAN_FIRST",
        "RECENT_BACTERIAL_INFECTION, SEE_CLINICIAN_FIRST",
        "MAJOR_TRAUMA, SEE_CLINICIAN_FIRST",
        "CONSTANT_NIGHT_PAIN, SEE_CLINICIAN_FIRST",
        "DEEP_VEIN_THROMBOSIS, SEE_CLINICIAN_FIRST",
        "BLEEDING_DISORDER_OR_ANTICOAGULANTS, SEE_CLINICIAN_FIRST",
        "RECENT_FRACTURE, SEE_CLINICIAN_FIRST",
        "ACUTE_INJURY, SEE_CLINICIAN_FIRST",
        "SEVERE_DISC_PROBLEM, SEE_CLINICIAN_FIRST",
        "OSTEOPOROSIS, MASSAGE_WITH_PRECAUTIONS",
        "LONG_TERM_STEROIDS, MASSAGE_WITH_PRECAUTIONS",
        "PREGNANCY, MASSAGE_WITH_PRECAUTIONS",
        "SKIN_PROBLEM_ON_BACK, MASSAGE_WITH_PRECAUTIONS",
        "HEART_CONDITION, MASSAGE_WITH_PRECAUTIONS",
        "FRAGILE_SKIN, MASSAGE_WITH_PRECAUTIONS",
        "RECENT_SURGERY, SEE_CLINICIAN_FIRST",
        "HISTORY_OF_ABUSE_OR_TRAUMA, MASSAGE_WITH_PRECAUTIONS",
    })
    void eachFindingAloneReachesItsLevelWithItselfAsTheReason(Finding finding, TriageLevel level) {
        Triage triage = SafetyTriage.assess(Set.of(finding), 40);

        assertThat(triage.level()).isEqualTo(level);
        assertThat(triage.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(finding.name());
            assertThat(reason.level()).isEqualTo(level);
            assertThat(reason.message()).isNotBlank();
        });
    }

    @Test
    void minorTraumaAloneFiresNoRuleAndAddsNoReason() {
        Triage triage = SafetyTriage.assess(Set.of(Finding.MINOR_TRAUMA), 69);

        assertThat(triage.level()).isEqualTo(MASSAGE_SUITABLE);
        assertThat(triage.reasons()).isEmpty();
    }

    @Test
    void minorTraumaAtSeventyIsAPossibleFragilityFracture() {
        assertThat(SafetyTriage.assess(Set.of(Finding.MINOR_TRAUMA), 69).reasons())
                .isEmpty();

        Triage atSeventy = SafetyTriage.assess(Set.of(Finding.MINOR_TRAUMA), 70);

        assertThat(atSeventy.level()).isEqualTo(SEE_CLINICIAN_FIRST);
        assertThat(atSeventy.reasons()).extracting(TriageReason::code).containsExactly("POSSIBLE_FRAGILITY_FRACTURE");
    }

    @Test
    void minorTraumaWithOsteoporosisReportsTheFractureAndThePrecaution() {
        // Version 2: OSTEOPOROSIS fires with or without trauma, so both reach the doctor's summary.
        Triage triage = SafetyTriage.assess(Set.of(Finding.MINOR_TRAUMA, Finding.OSTEOPOROSIS), 45);

        assertThat(triage.level()).isEqualTo(SEE_CLINICIAN_FIRST);
        assertThat(triage.reasons())
                .extracting(TriageReason::code)
                .containsExactly("POSSIBLE_FRAGILITY_FRACTURE", "OSTEOPOROSIS");
    }

    @Test
    void minorTraumaWithLongTermSteroidsReportsBothRules() {
        Triage triage = SafetyTriage.assess(Set.of(Finding.MINOR_TRAUMA, Finding.LONG_TERM_STEROIDS), 45);

        assertThat(triage.level()).isEqualTo(SEE_CLINICIAN_FIRST);
        assertThat(triage.reasons())
                .extracting(TriageReason::code)
                .containsExactly("POSSIBLE_FRAGILITY_FRACTURE", "LONG_TERM_STEROIDS");
    }

    @Test
    void majorTraumaWithOsteoporosisReportsBoth() {
        Triage triage = SafetyTriage.assess(Set.of(Finding.MAJOR_TRAUMA, Finding.OSTEOPOROSIS), 45);

        assertThat(triage.reasons()).extracting(TriageReason::code).containsExactly("MAJOR_TRAUMA", "OSTEOPOROSIS");
    }

    @Test
    void theMostSevereLevelWinsAndEveryFiredRuleIsAReason() {
        Triage triage = SafetyTriage.assess(
                EnumSet.of(Finding.PREGNANCY, Finding.FEVER_OR_CHILLS, Finding.BLADDER_OR_BOWEL_CHANGE), 30);

        assertThat(triage.level()).isEqualTo(EMERGENCY);
        assertThat(triage.reasons())
                .extracting(TriageReason::code, TriageReason::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BLADDER_OR_BOWEL_CHANGE", EMERGENCY),
                        org.assertj.core.groups.Tuple.tuple("FEVER_OR_CHILLS", SEE_CLINICIAN_FIRST),
                        org.assertj.core.groups.Tuple.tuple("PREGNANCY", MASSAGE_WITH_PRECAUTIONS));
    }

    @Test
    void theBleedingMessageSaysLightMassageMayBePossibleOnceThePrescriberAgrees() {
        Triage triage = SafetyTriage.assess(Set.of(Finding.BLEEDING_DISORDER_OR_ANTICOAGULANTS), 40);

        assertThat(triage.reasons().get(0).message()).contains("Light massage may be possible", "prescribes");
    }

    @Test
    void ageAloneNeverChangesTheLevel() {
        assertThat(SafetyTriage.assess(Set.of(), 18).level()).isEqualTo(MASSAGE_SUITABLE);
        assertThat(SafetyTriage.assess(Set.of(), 120).level()).isEqualTo(MASSAGE_SUITABLE);
    }

    @Test
    void everyRuleNamesItsSource() {
        assertThat(SafetyTriage.RULES)
                .allSatisfy(rule -> assertThat(rule.source()).isNotBlank());
        assertThat(SafetyTriage.RULES).extracting(TriageRule::code).doesNotHaveDuplicates();
    }
}
