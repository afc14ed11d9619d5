package kneadwise.assessment;

import org.jspecify.annotations.Nullable;

/**
 * The stop/continue rule of a trial of massage, fixed before the course starts (CLINICAL.md section 4, version 2).
 * Selfback's trial is the warning: a statistically significant change can still be too small to matter, so the rule
 * looks only at clinically important change. Function counts wherever it was measured at both ends of the interval.
 * The words never say that massage caused a change: back pain often eases with time.
 */
public final class CourseRule {

    /** What to do at the checkpoint after session 3. */
    public enum CheckpointAdvice {
        STOP_AND_SEE_CLINICIAN("Your pain or your daily activities have got worse by an amount that matters. Stop the"
                + " massage course and see a doctor or other health professional."),
        CONTINUE_EARLY_DAYS("No clear change yet. It is early: keep going to the end of the course, then judge."),
        CONTINUE_IMPROVING("Your pain or your daily activities have eased by an amount that matters so far. Keep going"
                + " to the end of the course, then judge.");

        private final String message;

        CheckpointAdvice(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** What to say after the last planned session (the full words, with figures, come from {@link #endMessage}). */
    public enum EndOfCourseAdvice {
        /** Pain or function improved by an amount that matters, and neither got worse. */
        HELPED,
        /** One improved and the other got worse: talk to a clinician. */
        MIXED,
        /** Neither improved by an amount that matters: discuss other options, exercise therapy first. */
        UNLIKELY_TO_HELP
    }

    static final String NOT_THE_CAUSE = " We cannot tell how much of it was the massage: back pain often eases with"
            + " time. In trials the gains were short-term. More sessions are your choice.";
    static final String OTHER_OPTIONS = " Massage is unlikely to help you. Talk with a doctor about other options."
            + " Exercise therapy is the first to try.";
    static final String TALK_TO_CLINICIAN = " Talk to a doctor or other health professional about what to do next.";
    static final String PAIN_STARTED_AT_ZERO = " Your pain was 0 at the start, so pain cannot show improvement. The"
            + " course is judged on your daily activities.";
    static final String FUNCTION_NOT_MEASURED = " Your daily activities were not scored at both the first and the last"
            + " session, so only pain was judged.";

    private CourseRule() {}

    /** After session 3: stop when pain or function (where measured at both) got worse by an amount that matters. */
    public static CheckpointAdvice atCheckpoint(ChangeVerdict pain, @Nullable ChangeVerdict function) {
        if (pain == ChangeVerdict.WORSENED || function == ChangeVerdict.WORSENED) {
            return CheckpointAdvice.STOP_AND_SEE_CLINICIAN;
        }
        if (pain == ChangeVerdict.IMPROVED || function == ChangeVerdict.IMPROVED) {
            return CheckpointAdvice.CONTINUE_IMPROVING;
        }
        return CheckpointAdvice.CONTINUE_EARLY_DAYS;
    }

    /** The verdict over pain and function (null when function was not measured at both ends). */
    public static CourseVerdict verdictAtEnd(ChangeVerdict pain, @Nullable ChangeVerdict function) {
        boolean improved = pain == ChangeVerdict.IMPROVED || function == ChangeVerdict.IMPROVED;
        boolean worsened = pain == ChangeVerdict.WORSENED || function == ChangeVerdict.WORSENED;
        if (improved && worsened) {
            return CourseVerdict.MIXED;
        }
        if (improved) {
            return CourseVerdict.IMPROVED;
        }
        return worsened ? CourseVerdict.WORSENED : CourseVerdict.NO_IMPORTANT_CHANGE;
    }

    /**
     * The checkpoint in plain words: the advice, and with a baseline pain of 0 that pain cannot show improvement so the
     * course is judged on daily activities (CLINICAL.md section 4).
     */
    public static String checkpointMessage(ChangeEvaluation pain, @Nullable ChangeEvaluation function) {
        CheckpointAdvice advice = atCheckpoint(pain.verdict(), function == null ? null : function.verdict());
        if (pain.baseline().signum() != 0 || advice == CheckpointAdvice.STOP_AND_SEE_CLINICIAN) {
            return advice.message();
        }
        return advice.message()
                + (function == null
                        ? PAIN_STARTED_AT_ZERO + " Score them at the last session, so the course can be judged."
                        : PAIN_STARTED_AT_ZERO);
    }

    /** After the last session. */
    public static EndOfCourseAdvice atEnd(ChangeVerdict pain, @Nullable ChangeVerdict function) {
        return switch (verdictAtEnd(pain, function)) {
            case IMPROVED -> EndOfCourseAdvice.HELPED;
            case MIXED -> EndOfCourseAdvice.MIXED;
            case WORSENED, NO_IMPORTANT_CHANGE -> EndOfCourseAdvice.UNLIKELY_TO_HELP;
        };
    }

    /** The end of a course in plain words: what changed and by how much, and never that massage caused it. */
    public static String endMessage(ChangeEvaluation pain, @Nullable ChangeEvaluation function) {
        ChangeVerdict functionVerdict = function == null ? null : function.verdict();
        StringBuilder text = new StringBuilder();
        switch (atEnd(pain.verdict(), functionVerdict)) {
            case HELPED -> {
                text.append(improvedWords(pain, function)).append(NOT_THE_CAUSE);
            }
            case MIXED -> {
                boolean painBetter = pain.verdict() == ChangeVerdict.IMPROVED;
                text.append(
                                painBetter
                                        ? "Your pain eased by an amount that matters, but your daily activities got"
                                                + " worse."
                                        : "Your daily activities improved by an amount that matters, but your pain got"
                                                + " worse.")
                        .append(TALK_TO_CLINICIAN);
            }
            case UNLIKELY_TO_HELP -> {
                text.append(
                                function == null
                                        ? "Your pain did not ease by an amount that matters."
                                        : "Neither your pain nor your daily activities improved by an amount that matters.")
                        .append(OTHER_OPTIONS);
            }
        }
        if (pain.baseline().signum() == 0) {
            text.append(PAIN_STARTED_AT_ZERO);
        }
        if (function == null) {
            text.append(FUNCTION_NOT_MEASURED);
        }
        return text.toString();
    }

    private static String improvedWords(ChangeEvaluation pain, @Nullable ChangeEvaluation function) {
        boolean painBetter = pain.verdict() == ChangeVerdict.IMPROVED;
        boolean functionBetter = function != null && function.verdict() == ChangeVerdict.IMPROVED;
        String what = painBetter && functionBetter
                ? "Your pain and your daily activities"
                : painBetter ? "Your pain" : "Your daily activities";
        StringBuilder text = new StringBuilder(what + " improved by an amount that matters during the course.");
        if (painBetter) {
            text.append(" Pain: ").append(pain.words());
        }
        if (function != null && functionBetter) {
            text.append(" Daily activities: ").append(function.words());
        }
        return text.toString();
    }
}
