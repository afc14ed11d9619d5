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
        assertThat(assessment.recommendation().summary()).startsWith("Call 911 or go to an emergency department now.");
        assertThat(assessment.recommendation().combineWith()).isEmpty();
        assertThat(assessment.plan()).isNull();
        assertThat(assessment.answer().course()).isNull();
        assertThat(assessment.answer().cost()).isNull();
        assertThat(assessment.answer().expectedBenefit()).isNull();
        // Version 2: the emergency answer shows only what to do now, not even the side effects.
        assertThat(assessment.answer().sideEffects()).isNull();
        assertThat(assessment.evidence()).isEmpty();
    }

    @Test
    void aPossibleSeriousCauseMeansSeeADoctorFirst() {
        Assessment assessment = engine.assess(Patients.withHistoryOfCancer());

        assertThat(assessment.triage().level()).isEqualTo(TriageLevel.SEE_CLINICIAN_FIRST);
        assertThat(assessment.recommendation().massage()).isEqualTo(MassageAdvice.NOT_NOW);
        assertThat(assessment.recommendation().summary()).startsWith("See a doctor in the next few days.");
        assertThat(assessment.answer().sideEffects()).contains("between 2 and 25 in every 100");
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
        assertThat(assessment.answer().techniques()).contains("avoid deep tissue massage");
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
        assertThat(assessment.answer().startBack())
                .contains("you may benefit from extra support", "Massage alone is not enough")
                .doesNotContain("high risk");
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
    void massageStandsBesideTheOtherOptionsWithADisclosure() {
        Assessment assessment = engine.assess(Patients.chronicHighRisk());

        assertThat(assessment.options())
                .extracting(option -> option.option().id())
                .contains("exercise", "massage-chronic");
        assertThat(assessment.options())
                .allSatisfy(option -> assertThat(option.fits()).isNull());
        assertThat(assessment.disclosure())
                .contains("cannot pay to be ranked", "distance, then by price", "whether or not you book")
                .contains("version 2026.2", "November 28, 2026", "Next review: May 28, 2027")
                .contains("Qaseem 2017", "World Health Organization 2023", "Furlan 2015");
        assertThat(assessment.knowledgeBase().nextReview())
                .isEqualTo(EvidenceBase.bundled().nextReview());
    }

    @Test
    void theValuesStepNamesTheOptionsThatFit() {
        Assessment handsOff = engine.assess(Patients.newPainAt(30)
                .withWhatMatters(java.util.EnumSet.of(WhatMatters.NOT_BEING_TOUCHED, WhatMatters.LOW_COST)));

        assertThat(handsOff.options())
                .filteredOn(option -> Boolean.TRUE.equals(option.fits()))
                .extracting(option -> option.option().id())
                .containsExactly("stay-active-early", "heat");
        assertThat(handsOff.answer().whatMatters()).contains("suit everything you said matters");
    }

    @Test
    void noOptionsWhenADoctorShouldSeeThePersonFirst() {
        Assessment assessment = engine.assess(Patients.withHistoryOfCancer());

        assertThat(assessment.options()).isEmpty();
        assertThat(assessment.disclosure()).isNotNull();
    }

    @Test
    void theWishesAreTheEvidenceBasesNames() {
        assertThat(kneadwise.evidence.TreatmentOption.WISHES)
                .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(WhatMatters.values())
                        .map(Enum::name)
                        .toList());
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
