package kneadwise.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kneadwise.assessment.Instrument;
import org.jspecify.annotations.Nullable;

/**
 * What the person logged at one session of a course. Session 1 is logged before the first massage (the baseline);
 * later sessions after the massage, so session 3's log is the checkpoint "after the 3rd session" and the last
 * session's log the end of the course (CLINICAL.md section 4).
 *
 * @param function RMDQ score (0-24) or ODI index (0-100, one decimal); null when not asked or not given
 * @param functionAnswers the questionnaire's answers as given (booleans for RMDQ, 0-5 or null for ODI)
 */
public record SessionLog(
        UUID courseId,
        int session,
        int painNrs,
        List<SideEffect> sideEffects,
        @Nullable Instrument functionInstrument,
        @Nullable List<?> functionAnswers,
        @Nullable BigDecimal function,
        @Nullable GlobalImpression globalImpression,
        Instant recordedAt) {

    public SessionLog {
        sideEffects = List.copyOf(sideEffects);
    }

    public boolean hadSideEffects() {
        return !sideEffects.isEmpty();
    }
}
