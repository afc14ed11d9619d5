package kneadwise.assessment;

/**
 * The stop/continue rule of a trial of massage, fixed before the course starts (CLINICAL.md section 4). Selfback's
 * trial is the warning: a statistically significant change can still be too small to matter, so the rule looks only
 * at clinically important change.
 */
public final class CourseRule {

    /** What to do at the checkpoint after session 3. */
    public enum CheckpointAdvice {
        STOP_AND_SEE_CLINICIAN(
                "Your pain has got worse. Stop the massage course and see a doctor or other health" + " professional."),
        CONTINUE_EARLY_DAYS("No clear change yet. It is early: keep going to the end of the course, then judge."),
        CONTINUE_IMPROVING("Your pain has eased by an amount that matters. Keep going to the end of the course.");

        private final String message;

        CheckpointAdvice(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** What to say after the last planned session. */
    public enum EndOfCourseAdvice {
        HELPED("Massage helped you: your pain or your daily activities improved by an amount that matters. In trials"
                + " the gains were short-term. Whether to keep going is your choice."),
        UNLIKELY_TO_HELP("Neither your pain nor your daily activities improved by an amount that matters. Massage is"
                + " unlikely to help you. Talk with a doctor about other options. Exercise therapy is the first"
                + " to try.");

        private final String message;

        EndOfCourseAdvice(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    private CourseRule() {}

    /** After session 3: only pain is judged (a function questionnaire may not be due yet). */
    public static CheckpointAdvice atCheckpoint(ChangeVerdict pain) {
        return switch (pain) {
            case WORSENED -> CheckpointAdvice.STOP_AND_SEE_CLINICIAN;
            case NO_IMPORTANT_CHANGE -> CheckpointAdvice.CONTINUE_EARLY_DAYS;
            case IMPROVED -> CheckpointAdvice.CONTINUE_IMPROVING;
        };
    }

    /** After the last session: helped when either pain or function improved by an important amount. */
    public static EndOfCourseAdvice atEnd(ChangeVerdict pain, ChangeVerdict function) {
        return pain == ChangeVerdict.IMPROVED || function == ChangeVerdict.IMPROVED
                ? EndOfCourseAdvice.HELPED
                : EndOfCourseAdvice.UNLIKELY_TO_HELP;
    }
}
