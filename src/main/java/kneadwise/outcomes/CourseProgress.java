package kneadwise.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import kneadwise.assessment.ChangeEvaluation;
import kneadwise.assessment.ChangeVerdict;
import kneadwise.assessment.CourseRule;
import kneadwise.assessment.CourseVerdict;
import kneadwise.assessment.Instrument;
import org.jspecify.annotations.Nullable;

/**
 * A course's logs judged by the trial-of-massage rule (CLINICAL.md section 4): the baseline is session 1 (logged
 * before the first massage); the checkpoint is session 3, when the course is longer than that; the end is the last
 * planned session. Pure: the same logs always give the same progress.
 */
public record CourseProgress(
        int sessions,
        @Nullable Instrument functionInstrument,
        List<Point> pain,
        List<Point> function,
        List<SessionSideEffect> sideEffects,
        @Nullable Checkpoint checkpoint,
        @Nullable End end) {

    /** The checkpoint of the default plan: after session 3 (CLINICAL.md section 6). */
    public static final int CHECKPOINT_SESSION = 3;

    public record Point(int session, BigDecimal score, Instant recordedAt) {}

    public record SessionSideEffect(int session, SideEffect sideEffect) {}

    /**
     * Pain, and function when both questionnaires were answered, judged after session 3 (CLINICAL.md section 4,
     * version 2: either getting worse stops the course).
     */
    public record Checkpoint(
            int session,
            ChangeEvaluation pain,
            @Nullable ChangeEvaluation function,
            CourseRule.CheckpointAdvice advice) {

        /** WORSENED when either got worse, else IMPROVED when either improved, else NO_IMPORTANT_CHANGE. */
        public ChangeVerdict verdict() {
            return switch (advice) {
                case STOP_AND_SEE_CLINICIAN -> ChangeVerdict.WORSENED;
                case CONTINUE_IMPROVING -> ChangeVerdict.IMPROVED;
                case CONTINUE_EARLY_DAYS -> ChangeVerdict.NO_IMPORTANT_CHANGE;
            };
        }
    }

    /**
     * @param function null when function was not measured at both session 1 and the end: then only pain is judged
     * @param verdict over pain and function together, MIXED when one improved and the other got worse
     */
    public record End(
            int session,
            ChangeEvaluation pain,
            @Nullable ChangeEvaluation function,
            CourseVerdict verdict,
            CourseRule.EndOfCourseAdvice advice,
            @Nullable GlobalImpression globalImpression) {

        /** The end in plain words, with what changed and by how much. */
        public String message() {
            return CourseRule.endMessage(pain, function);
        }
    }

    public static CourseProgress of(int sessions, @Nullable Instrument instrument, List<SessionLog> logs) {
        Map<Integer, SessionLog> bySession =
                logs.stream().collect(Collectors.toMap(SessionLog::session, Function.identity()));
        List<SessionLog> ordered = logs.stream()
                .sorted(Comparator.comparingInt(SessionLog::session))
                .toList();
        List<Point> pain = ordered.stream()
                .map(log -> new Point(log.session(), BigDecimal.valueOf(log.painNrs()), log.recordedAt()))
                .toList();
        List<Point> function = ordered.stream()
                .filter(log -> log.function() != null)
                .map(log -> new Point(log.session(), Objects.requireNonNull(log.function()), log.recordedAt()))
                .toList();
        List<SessionSideEffect> sideEffects = new ArrayList<>();
        ordered.forEach(log ->
                log.sideEffects().forEach(effect -> sideEffects.add(new SessionSideEffect(log.session(), effect))));
        SessionLog baseline = bySession.get(1);
        Checkpoint checkpoint = null;
        End end = null;
        if (baseline != null && sessions > CHECKPOINT_SESSION && bySession.containsKey(CHECKPOINT_SESSION)) {
            SessionLog at = bySession.get(CHECKPOINT_SESSION);
            ChangeEvaluation painChange = painChange(baseline, at);
            ChangeEvaluation functionChange = functionChange(baseline, at);
            checkpoint = new Checkpoint(
                    CHECKPOINT_SESSION,
                    painChange,
                    functionChange,
                    CourseRule.atCheckpoint(painChange.verdict(), verdictOf(functionChange)));
        }
        if (baseline != null && sessions > 1 && bySession.containsKey(sessions)) {
            SessionLog last = bySession.get(sessions);
            end = end(baseline, last);
        }
        return new CourseProgress(sessions, instrument, pain, function, sideEffects, checkpoint, end);
    }

    private static End end(SessionLog baseline, SessionLog last) {
        ChangeEvaluation painChange = painChange(baseline, last);
        ChangeEvaluation functionChange = functionChange(baseline, last);
        ChangeVerdict functionVerdict = verdictOf(functionChange);
        return new End(
                last.session(),
                painChange,
                functionChange,
                CourseRule.verdictAtEnd(painChange.verdict(), functionVerdict),
                CourseRule.atEnd(painChange.verdict(), functionVerdict),
                last.globalImpression());
    }

    private static @Nullable ChangeVerdict verdictOf(@Nullable ChangeEvaluation change) {
        return change == null ? null : change.verdict();
    }

    private static ChangeEvaluation painChange(SessionLog baseline, SessionLog followUp) {
        return ChangeEvaluation.of(
                Instrument.NRS, BigDecimal.valueOf(baseline.painNrs()), BigDecimal.valueOf(followUp.painNrs()));
    }

    /** Null unless both logs have a function score on the same questionnaire. */
    private static @Nullable ChangeEvaluation functionChange(SessionLog baseline, SessionLog followUp) {
        BigDecimal before = baseline.function();
        BigDecimal after = followUp.function();
        Instrument instrument = baseline.functionInstrument();
        if (before == null || after == null || instrument == null || instrument != followUp.functionInstrument()) {
            return null;
        }
        return ChangeEvaluation.of(instrument, before, after);
    }

    /** Whether the log of this session asks for a function questionnaire: baseline, checkpoint and end. */
    public static boolean asksFunction(int session, int sessions) {
        return session == 1 || session == sessions || (session == CHECKPOINT_SESSION && sessions > CHECKPOINT_SESSION);
    }
}
