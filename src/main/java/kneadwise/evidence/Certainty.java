package kneadwise.evidence;

/** How sure we can be of a statement (GRADE-style certainty of the evidence behind it). */
public enum Certainty {
    HIGH,
    MODERATE,
    LOW,
    VERY_LOW
}
