package kneadwise.outcomes;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import kneadwise.accounts.SignedIn;
import kneadwise.assessment.ChangeEvaluation;
import kneadwise.assessment.CourseRule;
import kneadwise.assessment.Instrument;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** CONTRACT.md section 9: a session's log, and the course's progress with its verdicts (CLINICAL.md section 4). */
@RestController
class OutcomesApi {

    record Logged(
            UUID courseId,
            int session,
            int painNrs,
            List<SideEffect> sideEffects,
            @Nullable String functionInstrument,
            @Nullable BigDecimal function,
            @Nullable GlobalImpression globalImpression,
            String recordedAt) {

        static Logged of(SessionLog log) {
            return new Logged(
                    log.courseId(),
                    log.session(),
                    log.painNrs(),
                    log.sideEffects(),
                    log.functionInstrument() == null
                            ? null
                            : log.functionInstrument().name(),
                    log.function(),
                    log.globalImpression(),
                    log.recordedAt().toString());
        }
    }

    record Point(int session, BigDecimal score, String recordedAt) {}

    record Effect(
            int session,
            SideEffect.Kind kind,
            SideEffect.@Nullable Severity severity,
            @Nullable String description) {}

    record Checkpoint(
            int session,
            String verdict,
            EvaluationView pain,
            @Nullable EvaluationView function,
            String advice,
            String message) {}

    record End(
            int session,
            String verdict,
            EvaluationView pain,
            @Nullable EvaluationView function,
            String advice,
            String message,
            @Nullable GlobalImpression globalImpression) {}

    record Due(int session, String sessionStart, List<String> asks) {}

    record Progress(
            UUID courseId,
            int sessions,
            int checkpointAfterSession,
            @Nullable String functionInstrument,
            List<Point> pain,
            List<Point> function,
            List<Effect> sideEffects,
            @Nullable Checkpoint checkpoint,
            @Nullable End end,
            List<Due> due) {}

    private final CourseOutcomes outcomes;

    OutcomesApi(CourseOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @PostMapping(path = "/api/v1/courses/{courseId}/outcomes", produces = "application/json")
    ResponseEntity<Logged> log(
            @AuthenticationPrincipal SignedIn me,
            @PathVariable("courseId") String courseId,
            @RequestBody JsonNode body) {
        SessionLog log = outcomes.log(me.account(), CourseIds.parse(courseId), body);
        return ResponseEntity.status(HttpStatus.CREATED).body(Logged.of(log));
    }

    @GetMapping(path = "/api/v1/courses/{courseId}/progress", produces = "application/json")
    Progress progress(@AuthenticationPrincipal SignedIn me, @PathVariable("courseId") String courseId) {
        return progress(outcomes.view(me.account(), CourseIds.parse(courseId)));
    }

    static Progress progress(CourseOutcomes.View view) {
        CourseProgress progress = view.progress();
        Instrument instrument = view.instrument();
        return new Progress(
                view.course().id(),
                progress.sessions(),
                CourseProgress.CHECKPOINT_SESSION,
                instrument == null ? null : instrument.name(),
                points(progress.pain()),
                points(progress.function()),
                progress.sideEffects().stream()
                        .map(e -> new Effect(
                                e.session(),
                                e.sideEffect().kind(),
                                e.sideEffect().severity(),
                                e.sideEffect().description()))
                        .toList(),
                checkpoint(progress.checkpoint()),
                end(progress.end()),
                view.due().stream()
                        .map(d -> new Due(d.session(), d.sessionStart().toString(), d.asks()))
                        .toList());
    }

    private static List<Point> points(List<CourseProgress.Point> points) {
        return points.stream()
                .map(p -> new Point(p.session(), p.score(), p.recordedAt().toString()))
                .toList();
    }

    private static @Nullable Checkpoint checkpoint(CourseProgress.@Nullable Checkpoint at) {
        return at == null
                ? null
                : new Checkpoint(
                        at.session(),
                        at.verdict().name(),
                        EvaluationView.of(at.pain()),
                        view(at.function()),
                        at.advice().name(),
                        CourseRule.checkpointMessage(at.pain(), at.function()));
    }

    private static @Nullable End end(CourseProgress.@Nullable End at) {
        return at == null
                ? null
                : new End(
                        at.session(),
                        at.verdict().name(),
                        EvaluationView.of(at.pain()),
                        view(at.function()),
                        at.advice().name(),
                        at.message(),
                        at.globalImpression());
    }

    private static @Nullable EvaluationView view(@Nullable ChangeEvaluation change) {
        return change == null ? null : EvaluationView.of(change);
    }
}
