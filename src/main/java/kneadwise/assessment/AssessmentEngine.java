package kneadwise.assessment;

import java.util.List;
import kneadwise.evidence.EvidenceBase;
import kneadwise.evidence.Statement;
import org.jspecify.annotations.Nullable;

/**
 * The clinical engine: from one intake to the whole assessment (CLINICAL.md), safety first. Stateless and thread-safe;
 * one instance serves every request.
 */
public final class AssessmentEngine {

    private final EvidenceBase evidence;

    public AssessmentEngine(EvidenceBase evidence) {
        this.evidence = evidence;
    }

    public Assessment assess(Intake intake) {
        PainPhase phase = PainPhase.ofDurationInWeeks(intake.painDurationWeeks());
        Triage triage = SafetyTriage.assess(intake.findings(), intake.age());
        Scores scores = Scores.of(intake);
        @Nullable
        StartBackRisk risk =
                scores.startBack() == null ? null : scores.startBack().risk();
        Recommendation recommendation = AnswerWriter.recommendation(phase, triage, risk);
        Answer answer = AnswerWriter.answer(phase, triage, risk, intake.age(), recommendation);
        List<Statement> statements =
                evidence.statementsFor(phase.name(), triage.level().name());
        CoursePlan plan = recommendation.massage() == MassageAdvice.NOT_NOW ? null : CoursePlan.DEFAULT;
        return new Assessment(
                evidence.version(), evidence.date(), phase, triage, scores, recommendation, statements, plan, answer);
    }
}
