package kneadwise.outcomes;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kneadwise.assessment.ChangeEvaluation;
import kneadwise.assessment.CourseRule;
import org.jspecify.annotations.Nullable;

/**
 * One course's outcome so far, as the dashboard counts it (decision 0020): the end verdict once the baseline and the
 * last session are logged, whether the person was massaged at all (a log from session 2 on) and reported a side
 * effect after a massage, and the techniques the therapist's notes record.
 *
 * @param endedAt when the last session was logged; null before the end verdict
 * @param improved whether the end verdict says the course HELPED; null before the end
 */
record CourseResult(
        @Nullable Instant endedAt,
        @Nullable Boolean improved,
        @Nullable String painVerdict,
        @Nullable String functionVerdict,
        boolean massaged,
        boolean sideEffect,
        List<String> techniques) {

    CourseResult {
        techniques = List.copyOf(techniques);
    }

    static CourseResult of(int sessions, List<SessionLog> logs, List<SessionNote> notes) {
        CourseProgress.End end = CourseProgress.of(sessions, null, logs).end();
        boolean massaged = logs.stream().anyMatch(log -> log.session() > 1);
        boolean sideEffect = logs.stream().anyMatch(log -> log.session() > 1 && log.hadSideEffects());
        Set<String> techniques = new LinkedHashSet<>();
        notes.forEach(note -> note.techniques().forEach(technique -> techniques.add(technique.name())));
        if (end == null) {
            return new CourseResult(null, null, null, null, massaged, sideEffect, List.copyOf(techniques));
        }
        Instant endedAt = logs.stream()
                .filter(log -> log.session() == end.session())
                .findFirst()
                .orElseThrow()
                .recordedAt();
        return new CourseResult(
                endedAt,
                end.advice() == CourseRule.EndOfCourseAdvice.HELPED,
                end.pain().verdict().name(),
                verdict(end.function()),
                massaged,
                sideEffect,
                List.copyOf(techniques));
    }

    private static @Nullable String verdict(@Nullable ChangeEvaluation change) {
        return change == null ? null : change.verdict().name();
    }
}
