package kneadwise.outcomes;

import kneadwise.assessment.CourseRule;

/**
 * The end-of-course message in plain words. When the function questionnaire was not answered at both the first
 * and the last session, only pain is judged, and the message says so rather than claim function did not improve.
 */
final class EndMessages {

    private EndMessages() {}

    static String of(CourseProgress.End end) {
        if (end.function() != null) {
            return end.advice().message();
        }
        if (end.advice() == CourseRule.EndOfCourseAdvice.HELPED) {
            return "Massage helped you: your pain eased by an amount that matters. In trials the gains were"
                    + " short-term. Whether to keep going is your choice. (Your daily activities were not measured at"
                    + " both the first and the last session, so only pain was judged.)";
        }
        return "Your pain did not ease by an amount that matters. Your daily activities were not measured at both the"
                + " first and the last session, so only pain was judged. Massage is unlikely to help you. Talk with"
                + " a doctor about other options. Exercise therapy is the first to try.";
    }
}
