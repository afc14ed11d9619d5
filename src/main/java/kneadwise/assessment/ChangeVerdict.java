package kneadwise.assessment;

/** Whether a change between two scores matters to the person (CLINICAL.md section 4). */
public enum ChangeVerdict {
    IMPROVED,
    NO_IMPORTANT_CHANGE,
    WORSENED
}
