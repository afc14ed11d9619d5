package kneadwise.assessment;

/** Whether massage is advised now (CONTRACT.md section 4, {@code recommendation.massage}). */
public enum MassageAdvice {
    /** EMERGENCY or SEE_CLINICIAN_FIRST: no massage, no booking, until cleared. */
    NOT_NOW,
    /** MASSAGE_WITH_PRECAUTIONS. */
    WITH_PRECAUTIONS,
    /** MASSAGE_SUITABLE. */
    REASONABLE_OPTION;

    public static MassageAdvice forLevel(TriageLevel level) {
        return switch (level) {
            case EMERGENCY, SEE_CLINICIAN_FIRST -> NOT_NOW;
            case MASSAGE_WITH_PRECAUTIONS -> WITH_PRECAUTIONS;
            case MASSAGE_SUITABLE -> REASONABLE_OPTION;
        };
    }
}
