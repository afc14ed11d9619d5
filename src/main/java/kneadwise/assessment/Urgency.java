package kneadwise.assessment;

import org.jspecify.annotations.Nullable;

/**
 * How soon a reason that sends a person to a doctor needs one (CLINICAL.md section 2a), most urgent first. Precaution
 * reasons, and reasons a clinician has cleared, have none (null).
 */
public enum Urgency {
    /** Cauda equina or severe neurological loss: an emergency department now (911 in the US). */
    EMERGENCY_NOW,
    /** Possible spinal infection, suspected clot, major trauma: a doctor or urgent care today. */
    TODAY,
    /** Possible cancer or fragility fracture: a doctor in the next few days, sooner if it gets worse. */
    WITHIN_A_WEEK,
    /** A reason massage may be unsafe: ask the doctor, surgeon or prescriber before booking. */
    BEFORE_MASSAGE;

    /** Whether {@code this} is more urgent than {@code other}; anything is more urgent than none. */
    public boolean isMoreUrgentThan(@Nullable Urgency other) {
        return other == null || ordinal() < other.ordinal();
    }

    /** The more urgent of two, either of which may be none. */
    public static @Nullable Urgency mostUrgent(@Nullable Urgency a, @Nullable Urgency b) {
        if (a == null) {
            return b;
        }
        return a.isMoreUrgentThan(b) ? a : b;
    }
}
