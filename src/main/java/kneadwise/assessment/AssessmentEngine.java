package kneadwise.assessment;

import java.util.List;
import kneadwise.evidence.EvidenceBase;
import kneadwise.evidence.Statement;
import org.jspecify.annotations.Nullable;

/**
 * The clinical engine: from one intake to the whole assessment (CLINICAL.md, version 2), safety first. Stateless and
 * thread-safe; one instance serves every request.
 */
public final class AssessmentEngine {

    private final EvidenceBase evidence;

    public AssessmentEngine(EvidenceBase evidence) {
        this.evidence = evidence;
    }

    /** @throws IllegalArgumentException when the intake clears a reason that cannot be cleared (readers check first) */
    public Assessment assess(Intake intake) {
        PainPhase phase = PainPhase.ofDurationInWeeks(intake.painDurationWeeks());
        Triage triage = SafetyTriage.assess(intake.findings(), intake.age(), intake.clearedFindings());
        Scores scores = Scores.of(intake);
        @Nullable
        StartBackRisk risk =
                scores.startBack() == null ? null : scores.startBack().risk();
        Recommendation recommendation = AnswerWriter.recommendation(phase, triage, risk, intake.age());
        boolean massageNow = recommendation.massage() != MassageAdvice.NOT_NOW;
        Choices choices = massageNow ? Choices.of(evidence, phase, intake.whatMatters()) : Choices.none();
        Answer answer = AnswerWriter.answer(intake, phase, triage, risk, recommendation, choices.note());
        List<Statement> statements =
                evidence.statementsFor(phase.name(), triage.level().name());
        CoursePlan plan = massageNow ? CoursePlan.DEFAULT : null;
        boolean emergency = triage.level() == TriageLevel.EMERGENCY;
        return new Assessment(
                new Assessment.KnowledgeBase(
                        evidence.version(), evidence.date(), evidence.updatePolicy(), evidence.nextReview()),
                phase,
                triage,
                scores,
                recommendation,
                statements,
                plan,
                answer,
                emergency ? null : AnswerTexts.SAFETY_NET,
                choices.options(),
                emergency ? null : Disclosure.of(evidence, statements, choices.options()));
    }

    /** The safety net of CLINICAL.md section 2a, for log pages and reminder mails. */
    public static String safetyNet() {
        return AnswerTexts.SAFETY_NET;
    }

    /** The evidence base's version, date, update policy and next review in words (the about page). */
    public String aboutTheEvidence() {
        return Disclosure.aboutTheEvidence(evidence);
    }
}
