package kneadwise.assessment;

/** The safety verdict, most severe first (CLINICAL.md section 2). */
public enum TriageLevel {
    /** Possible cauda equina syndrome or severe neurological loss: emergency care today. No booking. */
    EMERGENCY,
    /** A possible serious cause, or a reason massage may be unsafe: see a doctor first. No booking until cleared. */
    SEE_CLINICIAN_FIRST,
    /** Massage is reasonable, adapted, with the therapist told. */
    MASSAGE_WITH_PRECAUTIONS,
    /** No red flags or precautions found. */
    MASSAGE_SUITABLE;

    public boolean isMoreSevereThan(TriageLevel other) {
        return ordinal() < other.ordinal();
    }

    /** Whether massage should wait (no booking, no plan). */
    public boolean stopsMassage() {
        return this == EMERGENCY || this == SEE_CLINICIAN_FIRST;
    }
}
