package kneadwise.assessment;

/**
 * The verdict at the end of a course, over pain and function together (CLINICAL.md section 4, version 2): IMPROVED
 * when either improved and neither worsened; MIXED when one improved and the other worsened; WORSENED when neither
 * improved and one worsened; otherwise NO_IMPORTANT_CHANGE.
 */
public enum CourseVerdict {
    IMPROVED,
    NO_IMPORTANT_CHANGE,
    WORSENED,
    MIXED
}
