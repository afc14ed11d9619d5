package kneadwise.assessment;

/**
 * A "trial of massage", fixed before it starts (CLINICAL.md section 6): by default 6 weekly sessions of about 60
 * minutes, judged at a checkpoint after session 3 and at the end (section 4).
 */
public record CoursePlan(int sessions, int everyDays, int minutes, int checkpointAfterSession) {

    /** Cherkin 2011 (10 weekly), NICE CG88 (up to 9 over 12 weeks), seed 004 (6-8 weeks): the default is 6 weekly. */
    public static final CoursePlan DEFAULT = new CoursePlan(6, 7, 60, 3);
}
