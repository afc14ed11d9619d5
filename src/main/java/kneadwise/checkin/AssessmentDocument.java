package kneadwise.checkin;

import java.util.List;
import kneadwise.assessment.Answer;
import kneadwise.assessment.Assessment;
import kneadwise.assessment.CoursePlan;
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
        Scores scores,
        Recommendation recommendation,
        List<Evidence> evidence,
        @Nullable Plan plan,
        Answer answer) {

    record KnowledgeBase(String version, String date) {}

    record Triage(String level, List<Reason> reasons) {}

    record Reason(String code, String level, String message) {}

    record Scores(
            int painNrs,
            @Nullable StartBack startBack,
            @Nullable Rmdq rmdq,
            @Nullable Odi odi) {}

    record StartBack(int total, int psychosocial, String risk) {}

    record Rmdq(int score) {}

    record Odi(double percent, String band) {}

    record Recommendation(String massage, String summary, List<String> combineWith) {}

    record Evidence(String id, String statement, String certainty, boolean approximate, List<Citation> sources) {}

    record Citation(
            String citation, @Nullable String doi, @Nullable String url) {}

    record Plan(int sessions, int everyDays, int minutes, int checkpointAfterSession) {}

    static AssessmentDocument of(Assessment assessment) {
        return new AssessmentDocument(
                new KnowledgeBase(
                        assessment.knowledgeBaseVersion(),
                        assessment.knowledgeBaseDate().toString()),
                assessment.painPhase().name(),
                new Triage(
                        assessment.triage().level().name(),
                        assessment.triage().reasons().stream()
                                .map(AssessmentDocument::reason)
                                .toList()),
                scores(assessment.scores()),
                new Recommendation(
                        assessment.recommendation().massage().name(),
                        assessment.recommendation().summary(),
                        assessment.recommendation().combineWith()),
                assessment.evidence().stream().map(AssessmentDocument::evidence).toList(),
                plan(assessment.plan()),
                assessment.answer());
    }

    private static Reason reason(TriageReason reason) {
        return new Reason(reason.code(), reason.level().name(), reason.message());
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
                statement.sources().stream().map(AssessmentDocument::citation).toList());
    }

    static Citation citation(Source source) {
        return new Citation(source.citation(), source.doi(), source.url());
    }

    private static @Nullable Plan plan(@Nullable CoursePlan plan) {
        return plan == null
                ? null
                : new Plan(plan.sessions(), plan.everyDays(), plan.minutes(), plan.checkpointAfterSession());
    }
}
