package kneadwise.assessment;

/**
 * How far along the current episode of back pain is, from how long it has lasted (CLINICAL.md section 1; the bands
 * of the ACP 2017 guideline).
 */
public enum PainPhase {
    /** Less than 4 weeks. */
    ACUTE,
    /** 4 weeks up to and including 12 weeks. */
    SUBACUTE,
    /** More than 12 weeks. */
    CHRONIC;

    public static PainPhase ofDurationInWeeks(double weeks) {
        if (!(weeks >= 0)) {
            throw new IllegalArgumentException("A duration cannot be negative or unknown: " + weeks);
        }
        if (weeks < 4) {
            return ACUTE;
        }
        return weeks <= 12 ? SUBACUTE : CHRONIC;
    }
}
