package kneadwise.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A follow-up score judged against its baseline (Ostelo et al. 2008; CLINICAL.md section 4). IMPROVED when the
 * improvement reaches the instrument's minimal important change, or 30% of a baseline above 0; WORSENED when the
 * score rose by at least the minimal important change, or rose to the top of the scale (version 2: a rise to the
 * ceiling is never "no change"); otherwise NO_IMPORTANT_CHANGE.
 *
 * @param percentImprovement to one decimal; null when the baseline is 0
 * @param meetsAbsolute the improvement reaches the minimal important change
 * @param meetsRelative the improvement is 30% of the baseline or more
 */
public record ChangeEvaluation(
        Instrument instrument,
        BigDecimal baseline,
        BigDecimal followUp,
        BigDecimal improvement,
        @Nullable BigDecimal percentImprovement,
        ChangeVerdict verdict,
        boolean meetsAbsolute,
        boolean meetsRelative) {

    public static final int RELATIVE_THRESHOLD_PERCENT = 30;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static ChangeEvaluation of(Instrument instrument, BigDecimal baseline, BigDecimal followUp) {
        if (!instrument.accepts(baseline) || !instrument.accepts(followUp)) {
            throw new IllegalArgumentException(
                    instrument + " scores are 0 to " + instrument.maximum() + ": " + baseline + ", " + followUp);
        }
        BigDecimal improvement = baseline.subtract(followUp);
        boolean meetsAbsolute = improvement.compareTo(instrument.importantChange()) >= 0;
        // improvement / baseline >= 0.30, compared exactly as improvement x 100 >= 30 x baseline
        boolean meetsRelative = baseline.signum() > 0
                && improvement
                                .multiply(HUNDRED)
                                .compareTo(baseline.multiply(BigDecimal.valueOf(RELATIVE_THRESHOLD_PERCENT)))
                        >= 0;
        ChangeVerdict verdict;
        if (meetsAbsolute || meetsRelative) {
            verdict = ChangeVerdict.IMPROVED;
        } else if (improvement.negate().compareTo(instrument.importantChange()) >= 0
                || (followUp.compareTo(instrument.maximum()) == 0 && followUp.compareTo(baseline) > 0)) {
            verdict = ChangeVerdict.WORSENED;
        } else {
            verdict = ChangeVerdict.NO_IMPORTANT_CHANGE;
        }
        BigDecimal percent =
                baseline.signum() == 0 ? null : improvement.multiply(HUNDRED).divide(baseline, 1, RoundingMode.HALF_UP);
        return new ChangeEvaluation(
                instrument, baseline, followUp, improvement, percent, verdict, meetsAbsolute, meetsRelative);
    }

    /** Improved only by the 30% criterion, by fewer points than most people notice (for example pain 2 to 1). */
    public boolean improvedOnlyByPercent() {
        return verdict == ChangeVerdict.IMPROVED && meetsRelative && !meetsAbsolute;
    }

    /** The change in plain words, saying when it is 30% better but less than the change most people notice. */
    public String words() {
        String points = plain(instrument.importantChange());
        return switch (verdict) {
            case IMPROVED ->
                improvedOnlyByPercent()
                        ? plain(percentImprovement) + "% better, but less than the " + points
                                + " points most people notice."
                        : "Better by " + plain(improvement) + " points. Most people notice " + points
                                + " points or more.";
            case WORSENED ->
                improvement.negate().compareTo(instrument.importantChange()) >= 0
                        ? "Worse by " + plain(improvement.negate()) + " points. A rise of " + points + " points or more"
                                + " matters."
                        : "Worse: up to the top of the scale, " + plain(instrument.maximum()) + ".";
            case NO_IMPORTANT_CHANGE ->
                "No change that matters: less than " + points + " points and less than " + RELATIVE_THRESHOLD_PERCENT
                        + "%.";
        };
    }

    private static String plain(@Nullable BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
