package kneadwise.outcomes;

import java.math.BigDecimal;
import kneadwise.assessment.ChangeEvaluation;
import org.jspecify.annotations.Nullable;

/** One change judged by CLINICAL.md section 4, in the JSON shape of CONTRACT.md section 5 (plus {@code words}). */
record EvaluationView(
        String instrument,
        BigDecimal baseline,
        BigDecimal followUp,
        BigDecimal improvement,
        @Nullable BigDecimal percentImprovement,
        String verdict,
        Meets meets,
        Threshold threshold,
        String words) {

    record Meets(boolean absolute, boolean relative) {}

    record Threshold(BigDecimal absolute, int relativePercent) {}

    static EvaluationView of(ChangeEvaluation change) {
        return new EvaluationView(
                change.instrument().name(),
                change.baseline(),
                change.followUp(),
                change.improvement(),
                change.percentImprovement(),
                change.verdict().name(),
                new Meets(change.meetsAbsolute(), change.meetsRelative()),
                new Threshold(change.instrument().importantChange(), ChangeEvaluation.RELATIVE_THRESHOLD_PERCENT),
                change.words());
    }
}
