package kneadwise.assessment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kneadwise.evidence.EvidenceBase;
import kneadwise.evidence.Statement;
import org.jspecify.annotations.Nullable;

/**
 * The clinical engine: from one intake to the whole assessment (CLINICAL.md version 2, sections 1-6), safety
 * first. Stateless and thread-safe; one instance serves every request.
 */
public final class AssessmentEngine {

    private final EvidenceBase evidence;
    /** The disclosure depends only on the statements and options shown, so on the phase and the level. */
    private final Map<String, String> disclosures = new ConcurrentHashMap<>();
    /** The options of each phase for a person who skipped the values step (most people). */
    private final Map<PainPhase, Choices> choicesWithoutWishes = new ConcurrentHashMap<>();

    private final Assessment.KnowledgeBase knowledgeBase;

    public AssessmentEngine(EvidenceBase evidence) {
        this.evidence = evidence;
        this.knowledgeBase = new Assessment.KnowledgeBase(
                evidence.version(), evidence.date(), evidence.updatePolicy(), evidence.nextReview());
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
        Choices choices = massageNow ? choices(phase, intake.whatMatters()) : Choices.none();
        Answer answer = AnswerWriter.answer(intake, phase, triage, risk, recommendation, choices.note());
        List<Statement> statements =
                evidence.statementsFor(phase.name(), triage.level().name());
        CoursePlan plan = massageNow ? CoursePlan.DEFAULT : null;
        boolean emergency = triage.level() == TriageLevel.EMERGENCY;
        return new Assessment(
                knowledgeBase,
                phase,
                triage,
                scores,
                recommendation,
                statements,
                plan,
                answer,
                emergency ? null : AnswerTexts.SAFETY_NET,
                choices.options(),
                emergency ? null : disclosure(phase, triage.level(), statements, choices));
    }

    private Choices choices(PainPhase phase, Set<WhatMatters> wishes) {
        return wishes.isEmpty()
                ? choicesWithoutWishes.computeIfAbsent(phase, p -> Choices.of(evidence, p, wishes))
                : Choices.of(evidence, phase, wishes);
    }

    private String disclosure(PainPhase phase, TriageLevel level, List<Statement> statements, Choices choices) {
        return disclosures.computeIfAbsent(
                phase + "/" + level, key -> Disclosure.of(evidence, statements, choices.options()));
    }

    /** The safety net of CLINICAL.md section 2a, for log pages and reminder mails. */
    public static String safetyNet() {
        return AnswerTexts.SAFETY_NET;
    }
}
