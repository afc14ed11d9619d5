package kneadwise.assessment;

import kneadwise.evidence.Certainty;
import org.jspecify.annotations.Nullable;

/**
 * The expected size of benefit against one kind of comparison, from Furlan et al. 2015 (CLINICAL.md section 5).
 *
 * @param smd the standardised mean difference in short-term pain (negative favours massage), with its 95% CI
 * @param painPointsOutOf10 the SMD in points on a 0-10 pain scale, derived by us and approximate (an SMD of 0.75 is
 *     about 1.5 points when scores spread by about 2 points); null where no such figure is given
 */
public record BenefitComparison(
        Comparator against,
        double smd,
        double smdLow,
        double smdHigh,
        int trials,
        int people,
        @Nullable Double painPointsOutOf10,
        Certainty certainty) {

    /** What massage was compared with. */
    public enum Comparator {
        /** Sham, waiting list or nothing. */
        NO_TREATMENT,
        /** Manipulation, exercise, TENS, acupuncture, education and other treatments. */
        OTHER_TREATMENTS
    }

    static final BenefitComparison VS_NO_TREATMENT =
            new BenefitComparison(Comparator.NO_TREATMENT, -0.75, -0.90, -0.60, 7, 761, 1.5, Certainty.LOW);

    static final BenefitComparison VS_OTHER_TREATMENTS =
            new BenefitComparison(Comparator.OTHER_TREATMENTS, -0.37, -0.62, -0.13, 12, 964, 1.0, Certainty.VERY_LOW);

    /** Acute pain: one trial of 51 people; no points figure is derived from a single small trial. */
    static final BenefitComparison NEW_PAIN_VS_NO_TREATMENT =
            new BenefitComparison(Comparator.NO_TREATMENT, -1.24, -1.85, -0.64, 1, 51, null, Certainty.VERY_LOW);
}
