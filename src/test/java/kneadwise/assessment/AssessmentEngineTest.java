package kneadwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import kneadwise.evidence.EvidenceBase;
import kneadwise.evidence.Statement;
import org.junit.jupiter.api.Test;

class AssessmentEngineTest {

    final AssessmentEngine engine = new AssessmentEngine(EvidenceBase.bundled());

    @Test
    void anEmergencyGetsOneClearMessageAndNothingToBook() {
        Assessment assessment = engine.assess(Patients.withSaddleNumbness());

        assertThat(assessment.triage().level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(assessment.recommendation().massage()).isEqualTo(MassageAdvice.NOT_NOW);
        assertThat(assessment.recommendation().summary()).startsWith("Get emergency care today.");
        assertThat(assessment.recommendation().combineWith()).isEmpty();
        assertThat(assessment.plan()).isNull();
        assertThat(assessment.answer().course()).isNull();
        assertThat(assessment.answer().cost()).isNull();
        assertThat(assessment.answer().expectedBenefit()).isNull();
        // Every answer carries the side-effect figure (CLINICAL.md section 5), even this one.
        assertThat(assessment.answer().sideEffects()).contains("1.5 to 25 of every 100");
        assertThat(assessment.evidence()).extracting(Statement::id).containsExactly("side-effects");
    }

    @Test
    void aPossibleSeriousCauseMeansSeeADoctorFirst() {
        Assessment assessment = engine.assess(Patients.withHistoryOfCancer());

        assertThat(assessment.triage().level()).isEqualTo(TriageLevel.SEE_CLINICIAN_FIRST);
        assertThat(assessment.recommendation().massage()).isEqualTo(MassageAdvice.NOT_NOW);
        assertThat(assessment.recommendation().summary()).startsWith("See a doctor before you have a massage.");
        assertThat(assessment.plan()).isNull();
        assertThat(assessment.answer().expectedBenefit()).isNotNull();
        assertThat(assessment.answer().ageNote()).as("60, pain of 6 weeks").isNotNull();
    }

    @Test
    void precautionsAdaptPressureAndTechnique() {
        Assessment assessment = engine.assess(Patients.withOsteoporosis());

        assertThat(assessment.painPhase()).isEqualTo(PainPhase.CHRONIC);
        assertThat(assessment.recommendation().massage()).isEqualTo(MassageAdvice.WITH_PRECAUTIONS);
        assertThat(assessment.plan()).isEqualTo(new CoursePlan(6, 7, 60, 3));
        assertThat(assessment.answer().pressure()).startsWith("Light pressure only.");
        assertThat(assessment.answer().techniques()).contains("avoid deep tissue work");
        assertThat(assessment.scores().startBack()).isEqualTo(new StartBackScore(5, 3, StartBackRisk.MEDIUM));
        assertThat(assessment.recommendation().combineWith())
                .contains("See a physical therapist for an exercise plan first.");
    }

    @Test
    void pregnancyMeansATrainedTherapistAndLyingOnTheSide() {
        Assessment assessment = engine.assess(Intake.of(31, 8, 5, Set.of(Finding.PREGNANCY)));

        assertThat(assessment.answer().techniques()).contains("trained in pregnancy massage");
        assertThat(assessment.answer().pressure()).contains("Lie on your side");
    }

    @Test
    void chronicHighRiskSaysMassageAloneIsNotEnough() {
        Assessment assessment = engine.assess(Patients.chronicHighRisk());

        assertThat(assessment.recommendation().massage()).isEqualTo(MassageAdvice.REASONABLE_OPTION);
        assertThat(assessment.answer().startBack()).contains("high risk", "Massage alone is not enough");
        assertThat(assessment.recommendation().combineWith())
                .containsExactly(
                        "Stay as active as you can.",
                        "Make exercise the main part of your care.",
                        "See a physical therapist who also helps with fear, worry and low mood.");
        assertThat(assessment.evidence())
                .extracting(Statement::id)
                .contains("guideline-chronic", "who-chronic")
                .doesNotContain("guideline-early", "benefit-new-pain");
    }

    @Test
    void newPainGetsTheAcuteEvidenceAndHeat() {
        Assessment assessment = engine.assess(Patients.newPainAt(30));

        assertThat(assessment.painPhase()).isEqualTo(PainPhase.ACUTE);
        assertThat(assessment.evidence())
                .extracting(Statement::id)
                .contains("benefit-new-pain", "guideline-early", "heat-early")
                .doesNotContain("benefit-vs-no-treatment", "guideline-chronic");
        assertThat(assessment.recommendation().combineWith()).contains("Try heat, such as a heat wrap.");
        ExpectedBenefit benefit = assessment.answer().expectedBenefit();
        assertThat(benefit).isNotNull();
        assertThat(benefit.approximate()).isFalse();
    }

    @Test
    void lastingPainShowsTheSizeOfBenefitAsApproximatePoints() {
        ExpectedBenefit benefit =
                engine.assess(Patients.chronicHighRisk()).answer().expectedBenefit();

        assertThat(benefit).isNotNull();
        assertThat(benefit.approximate()).isTrue();
        assertThat(benefit.comparisons())
                .extracting(BenefitComparison::smd, BenefitComparison::painPointsOutOf10)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(-0.75, 1.5),
                        org.assertj.core.groups.Tuple.tuple(-0.37, 1.0));
    }

    @Test
    void theAgeNoteIsForANewEpisodeFromFifty() {
        assertThat(engine.assess(Patients.newPainAt(49)).answer().ageNote()).isNull();
        assertThat(engine.assess(Patients.newPainAt(50)).answer().ageNote()).contains("50 or over");
        assertThat(engine.assess(Intake.of(50, 13, 4, Set.of())).answer().ageNote())
                .isNull();
        assertThat(engine.assess(Intake.of(50, 12, 4, Set.of())).answer().ageNote())
                .isNotNull();
    }

    @Test
    void namesTheEvidenceVersionThatMadeIt() {
        Assessment assessment = engine.assess(Patients.newPainAt(30));

        assertThat(assessment.knowledgeBaseVersion())
                .isEqualTo(EvidenceBase.bundled().version());
        assertThat(assessment.knowledgeBaseDate())
                .isEqualTo(EvidenceBase.bundled().date());
    }

    @Test
    void instrumentsNotGivenAreNull() {
        Scores scores = engine.assess(Patients.newPainAt(30)).scores();

        assertThat(scores.painNrs()).isEqualTo(4);
        assertThat(scores.startBack()).isNull();
        assertThat(scores.rmdq()).isNull();
        assertThat(scores.odi()).isNull();
    }

    @Test
    void theEvidenceBaseSpeaksTheEnginesNames() {
        assertThat(kneadwise.evidence.Applicability.PHASES)
                .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(PainPhase.values())
                        .map(Enum::name)
                        .toList());
        assertThat(kneadwise.evidence.Applicability.TRIAGE_LEVELS)
                .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(TriageLevel.values())
                        .map(Enum::name)
                        .toList());
    }
}
