package kneadwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import kneadwise.evidence.EvidenceBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** CLINICAL.md version 2, sections 2a (urgency and the safety net) and 2b (a clinician's clearance). */
class UrgencyAndClearanceTest {

    final AssessmentEngine engine = new AssessmentEngine(EvidenceBase.bundled());

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "SADDLE_NUMBNESS, EMERGENCY_NOW",
        "BLADDER_OR_BOWEL_CHANGE, EMERGENCY_NOW",
        "PROGRESSIVE_LEG_WEAKNESS, EMERGENCY_NOW",
        "FEVER_OR_CHILLS, TODAY",
        "IV_DRUG_USE, TODAY",
        "IMMUNOSUPPRESSION, TODAY",
        "RECENT_BACTERIAL_INFECTION, TODAY",
        "DEEP_VEIN_THROMBOSIS, TODAY",
        "MAJOR_TRAUMA, TODAY",
        "HISTORY_OF_CANCER, WITHIN_A_WEEK",
        "UNEXPLAINED_WEIGHT_LOSS, WITHIN_A_WEEK",
        "CONSTANT_NIGHT_PAIN, WITHIN_A_WEEK",
        "BLEEDING_DISORDER_OR_ANTICOAGULANTS, BEFORE_MASSAGE",
        "RECENT_FRACTURE, BEFORE_MASSAGE",
        "ACUTE_INJURY, BEFORE_MASSAGE",
        "SEVERE_DISC_PROBLEM, BEFORE_MASSAGE",
        "RECENT_SURGERY, BEFORE_MASSAGE",
    })
    void eachReasonThatSendsToADoctorSaysHowSoon(Finding finding, Urgency urgency) {
        Triage triage = SafetyTriage.assess(Set.of(finding), 40);

        assertThat(triage.urgency()).isEqualTo(urgency);
        assertThat(triage.reasons())
                .singleElement()
                .extracting(TriageReason::urgency)
                .isEqualTo(urgency);
    }

    @Test
    void thePossibleFragilityFractureIsWithinAWeek() {
        Triage triage = SafetyTriage.assess(Set.of(Finding.MINOR_TRAUMA), 75);

        assertThat(triage.urgency()).isEqualTo(Urgency.WITHIN_A_WEEK);
    }

    @ParameterizedTest
    @EnumSource(
            value = Finding.class,
            names = {
                "OSTEOPOROSIS",
                "LONG_TERM_STEROIDS",
                "PREGNANCY",
                "SKIN_PROBLEM_ON_BACK",
                "HEART_CONDITION",
                "FRAGILE_SKIN",
                "HISTORY_OF_ABUSE_OR_TRAUMA"
            })
    void precautionsHaveNoUrgency(Finding finding) {
        Triage triage = SafetyTriage.assess(Set.of(finding), 40);

        assertThat(triage.urgency()).isNull();
        assertThat(triage.reasons())
                .singleElement()
                .extracting(TriageReason::urgency)
                .isNull();
    }

    @Test
    void theMostUrgentReasonWins() {
        assertThat(SafetyTriage.assess(EnumSet.of(Finding.RECENT_SURGERY, Finding.HISTORY_OF_CANCER), 40)
                        .urgency())
                .isEqualTo(Urgency.WITHIN_A_WEEK);
        assertThat(SafetyTriage.assess(
                                EnumSet.of(Finding.HISTORY_OF_CANCER, Finding.FEVER_OR_CHILLS, Finding.PREGNANCY), 40)
                        .urgency())
                .isEqualTo(Urgency.TODAY);
        assertThat(SafetyTriage.assess(EnumSet.of(Finding.FEVER_OR_CHILLS, Finding.SADDLE_NUMBNESS), 40)
                        .urgency())
                .isEqualTo(Urgency.EMERGENCY_NOW);
    }

    @Test
    void aFeverLeadsWithTheDiseaseAndSaysTodayWhetherOrNotMassageIsWanted() {
        String message = SafetyTriage.assess(Set.of(Finding.FEVER_OR_CHILLS), 40)
                .reasons()
                .getFirst()
                .message();

        assertThat(message).startsWith("A fever with back pain can be a sign of an infection in the spine.");
        assertThat(message).contains("today, whether or not you want massage");
    }

    @Test
    void cancerFlagsSayWithinDaysAndWhatWouldMakeItUrgent() {
        String message = SafetyTriage.assess(Set.of(Finding.HISTORY_OF_CANCER), 40)
                .reasons()
                .getFirst()
                .message();

        assertThat(message).startsWith("Back pain after cancer").contains("next few days", "same day if");
    }

    @Test
    void aSuspectedClotSaysToday() {
        Assessment assessment = engine.assess(Intake.of(40, 2, 4, Set.of(Finding.DEEP_VEIN_THROMBOSIS)));

        assertThat(assessment.triage().urgency()).isEqualTo(Urgency.TODAY);
        assertThat(assessment.answer().safety()).startsWith("See a doctor or urgent care today");
    }

    @Test
    void noReasonLeadsWithMassage() {
        for (TriageRule rule : SafetyTriage.RULES) {
            if (rule.level() != TriageLevel.MASSAGE_WITH_PRECAUTIONS) {
                assertThat(rule.message()).as(rule.code()).doesNotStartWithIgnoringCase("massage");
            }
        }
    }

    @Test
    void everyAnswerButTheEmergencyCarriesTheSafetyNet() {
        Assessment emergency = engine.assess(Patients.withSaddleNumbness());
        Assessment doctor = engine.assess(Patients.withHistoryOfCancer());
        Assessment massage = engine.assess(Patients.withOsteoporosis());

        assertThat(emergency.safetyNet()).isNull();
        assertThat(doctor.safetyNet()).isEqualTo(massage.safetyNet()).startsWith("Go to an emergency department now");
        assertThat(massage.safetyNet()).contains("911", "fever");
    }

    @Test
    void theEmergencyAnswerShowsOnlyWhatToDoNow() {
        Assessment assessment = engine.assess(Patients.withSaddleNumbness());

        assertThat(assessment.answer().safety()).contains("911");
        assertThat(assessment.answer().sideEffects()).isNull();
        assertThat(assessment.answer().course()).isNull();
        assertThat(assessment.evidence()).isEmpty();
        assertThat(assessment.options()).isEmpty();
        assertThat(assessment.disclosure()).isNull();
    }

    @Test
    void withTheAgeNoteTheHeadlineNeverSaysNoWarningSigns() {
        Assessment at55 = engine.assess(Patients.newPainAt(55));
        Assessment at30 = engine.assess(Patients.newPainAt(30));

        assertThat(at55.answer().safety())
                .doesNotContainIgnoringCase("no warning signs")
                .contains("no urgent warning");
        assertThat(at30.answer().safety()).contains("no warning signs");
    }

    @ParameterizedTest(name = "{0} can be cleared, to {1}")
    @CsvSource({
        "HISTORY_OF_CANCER, Follow what the doctor advised",
        "UNEXPLAINED_WEIGHT_LOSS, Follow what the doctor advised",
        "FEVER_OR_CHILLS, Follow what the doctor advised",
        "IV_DRUG_USE, Follow what the doctor advised",
        "IMMUNOSUPPRESSION, Follow what the doctor advised",
        "RECENT_BACTERIAL_INFECTION, Follow what the doctor advised",
        "MAJOR_TRAUMA, Follow what the doctor advised",
        "CONSTANT_NIGHT_PAIN, Follow what the doctor advised",
        "DEEP_VEIN_THROMBOSIS, no massage of the leg with the clot",
        "BLEEDING_DISORDER_OR_ANTICOAGULANTS, light pressure only",
        "RECENT_FRACTURE, light pressure only",
        "ACUTE_INJURY, Follow what the doctor advised",
        "SEVERE_DISC_PROBLEM, Follow what the doctor advised",
        "RECENT_SURGERY, Keep away from the place of the operation",
    })
    void eachClearableReasonBecomesAPrecaution(Finding finding, String precaution) {
        Intake intake = Intake.of(40, 20, 5, Set.of(finding)).withCleared(Set.of(finding.name()));

        Assessment assessment = engine.assess(intake);

        assertThat(assessment.triage().level()).isEqualTo(TriageLevel.MASSAGE_WITH_PRECAUTIONS);
        assertThat(assessment.triage().urgency()).isNull();
        assertThat(assessment.triage().reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(finding.name());
            assertThat(reason.cleared()).isTrue();
            assertThat(reason.level()).isEqualTo(TriageLevel.MASSAGE_WITH_PRECAUTIONS);
            assertThat(reason.urgency()).isNull();
            assertThat(reason.message()).contains(precaution);
        });
        assertThat(assessment.recommendation().massage()).isEqualTo(MassageAdvice.WITH_PRECAUTIONS);
        assertThat(assessment.plan()).isNotNull();
    }

    @Test
    void theDerivedFragilityFractureCanBeClearedToLightPressure() {
        Intake intake = Intake.of(45, 20, 5, Set.of(Finding.MINOR_TRAUMA, Finding.OSTEOPOROSIS))
                .withCleared(Set.of(SafetyTriage.POSSIBLE_FRAGILITY_FRACTURE));

        Assessment assessment = engine.assess(intake);

        assertThat(assessment.triage().level()).isEqualTo(TriageLevel.MASSAGE_WITH_PRECAUTIONS);
        assertThat(assessment.triage().reasons())
                .filteredOn(reason -> reason.code().equals(SafetyTriage.POSSIBLE_FRAGILITY_FRACTURE))
                .singleElement()
                .extracting(TriageReason::cleared)
                .isEqualTo(true);
        assertThat(assessment.answer().pressure()).startsWith("Light pressure only.");
    }

    @Test
    void aClearedBloodThinnerMeansLightPressureOnly() {
        Intake intake = Intake.of(40, 20, 5, Set.of(Finding.BLEEDING_DISORDER_OR_ANTICOAGULANTS))
                .withCleared(Set.of("BLEEDING_DISORDER_OR_ANTICOAGULANTS"));

        Assessment assessment = engine.assess(intake);

        assertThat(assessment.answer().pressure()).startsWith("Light pressure only.");
        assertThat(assessment.answer().techniques()).contains("avoid deep tissue massage");
    }

    @Test
    void clearingOneReasonLeavesTheOthersStanding() {
        Intake intake = Intake.of(40, 20, 5, Set.of(Finding.RECENT_SURGERY, Finding.FEVER_OR_CHILLS))
                .withCleared(Set.of("RECENT_SURGERY"));

        Triage triage = engine.assess(intake).triage();

        assertThat(triage.level()).isEqualTo(TriageLevel.SEE_CLINICIAN_FIRST);
        assertThat(triage.urgency()).isEqualTo(Urgency.TODAY);
    }

    @Test
    void anEmergencyOrAReasonThatDidNotFireCannotBeCleared() {
        Intake emergency = Intake.of(40, 2, 5, Set.of(Finding.SADDLE_NUMBNESS)).withCleared(Set.of("SADDLE_NUMBNESS"));
        Intake notFired = Intake.of(40, 2, 5, Set.of()).withCleared(Set.of("FEVER_OR_CHILLS"));
        Intake precaution = Intake.of(40, 2, 5, Set.of(Finding.OSTEOPOROSIS)).withCleared(Set.of("OSTEOPOROSIS"));
        Intake youngMinorTrauma = Intake.of(40, 2, 5, Set.of(Finding.MINOR_TRAUMA))
                .withCleared(Set.of(SafetyTriage.POSSIBLE_FRAGILITY_FRACTURE));

        for (Intake intake : new Intake[] {emergency, notFired, precaution, youngMinorTrauma}) {
            assertThatThrownBy(() -> engine.assess(intake))
                    .as(intake.clearedFindings().toString())
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theClearableReasonsAreExactlyTheSeeAClinicianFirstOnesThatFired() {
        Set<Finding> findings = EnumSet.of(
                Finding.SADDLE_NUMBNESS, Finding.FEVER_OR_CHILLS, Finding.OSTEOPOROSIS, Finding.MINOR_TRAUMA);

        assertThat(SafetyTriage.clearable(findings, 40))
                .containsExactlyInAnyOrder("FEVER_OR_CHILLS", SafetyTriage.POSSIBLE_FRAGILITY_FRACTURE);
    }
}
