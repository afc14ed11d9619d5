package kneadwise.checkin;

import java.util.List;
import kneadwise.assessment.Answer;
import kneadwise.assessment.Assessment;
import kneadwise.assessment.CoursePlan;
import kneadwise.assessment.MassageAdvice;
import kneadwise.assessment.OswestryIndex;
import kneadwise.assessment.RolandMorrisScore;
import kneadwise.assessment.StartBackScore;
import kneadwise.assessment.TriageReason;
import kneadwise.evidence.Source;
import kneadwise.evidence.Statement;
import org.jspecify.annotations.Nullable;

/**
 * The assessment as CONTRACT.md section 4 shapes it, plus the {@code answer} sections (an extension: new fields
 * only). Records serialise field by field, so this file is the JSON contract in Java.
 */
record AssessmentDocument(
        KnowledgeBase knowledgeBase,
        String painPhase,
        Triage triage,
        @Nullable String safetyNet,
        Scores scores,
        Recommendation recommendation,
        List<Evidence> evidence,
        @Nullable Plan plan,
        @Nullable List<Option> options,
        @Nullable String disclosure,
        Answer answer) {

    record KnowledgeBase(String version, String date, String nextReview, String updatePolicy) {}

    record Triage(String level, @Nullable String urgency, List<Reason> reasons) {}

    record Reason(String code, String level, @Nullable String urgency, boolean cleared, String message) {}

    /** @param fits whether it fits what the person said matters most; null when they skipped that step */
    record Option(
            String id,
            String option,
            String summary,
            @Nullable String certainty,
            List<Citation> sources,
            @Nullable Boolean fits) {}

    record Scores(
            int painNrs,
            @Nullable StartBack startBack,
            @Nullable Rmdq rmdq,
            @Nullable Odi odi) {}

    record StartBack(int total, int psychosocial, String risk) {}

    record Rmdq(int score) {}

    record Odi(double percent, String band) {}

    record Recommendation(String massage, String summary, List<String> combineWith) {}

    record Evidence(
            String id,
            String statement,
            String certainty,
            boolean approximate,
            @Nullable String sourceFigure,
            List<Citation> sources) {}

    record Citation(
            String citation,
            int year,
            @Nullable String doi,
            @Nullable String url) {}

    record Plan(int sessions, int everyDays, int minutes, int checkpointAfterSession) {}

    static AssessmentDocument of(Assessment assessment) {
        return new AssessmentDocument(
                new KnowledgeBase(
                        assessment.knowledgeBase().version(),
                        assessment.knowledgeBase().date().toString(),
                        assessment.knowledgeBase().nextReview().toString(),
                        assessment.knowledgeBase().updatePolicy()),
                assessment.painPhase().name(),
                new Triage(
                        assessment.triage().level().name(),
                        name(assessment.triage().urgency()),
                        assessment.triage().reasons().stream()
                                .map(AssessmentDocument::reason)
                                .toList()),
                assessment.safetyNet(),
                scores(assessment.scores()),
                new Recommendation(
                        assessment.recommendation().massage().name(),
                        assessment.recommendation().summary(),
                        assessment.recommendation().combineWith()),
                assessment.evidence().stream().map(AssessmentDocument::evidence).toList(),
                plan(assessment.plan()),
                options(assessment),
                assessment.disclosure(),
                assessment.answer());
    }

    private static Reason reason(TriageReason reason) {
        return new Reason(
                reason.code(), reason.level().name(), name(reason.urgency()), reason.cleared(), reason.message());
    }

    /** CONTRACT.md section 4: present whenever massage is advised now. */
    private static @Nullable List<Option> options(Assessment assessment) {
        if (assessment.recommendation().massage() == MassageAdvice.NOT_NOW) {
            return null;
        }
        return assessment.options().stream()
                .map(choice -> new Option(
                        choice.option().id(),
                        choice.option().name(),
                        choice.option().summary(),
                        name(choice.option().certainty()),
                        choice.option().sources().stream()
                                .map(AssessmentDocument::citation)
                                .toList(),
                        choice.fits()))
                .toList();
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Scores scores(kneadwise.assessment.Scores scores) {
        StartBackScore startBack = scores.startBack();
        RolandMorrisScore rmdq = scores.rmdq();
        OswestryIndex odi = scores.odi();
        return new Scores(
                scores.painNrs(),
                startBack == null
                        ? null
                        : new StartBack(
                                startBack.total(),
                                startBack.psychosocial(),
                                startBack.risk().name()),
                rmdq == null ? null : new Rmdq(rmdq.score()),
                odi == null ? null : new Odi(odi.percent(), odi.band().name()));
    }

    static Evidence evidence(Statement statement) {
        return new Evidence(
                statement.id(),
                statement.text(),
                statement.certainty().name(),
                statement.approximate(),
                statement.sourceFigure(),
                statement.sources().stream().map(AssessmentDocument::citation).toList());
    }

    static Citation citation(Source source) {
        return new Citation(source.citation(), source.year(), source.doi(), source.url());
    }

    private static @Nullable Plan plan(@Nullable CoursePlan plan) {
        return plan == null
                ? null
                : new Plan(plan.sessions(), plan.everyDays(), plan.minutes(), plan.checkpointAfterSession());
    }
}
