package kneadwise.checkin;

import java.util.List;
import java.util.Map;
import kneadwise.assessment.Bothersomeness;

/** The questions as the step templates read them. */
public final class QuestionsView {

    static final QuestionsView INSTANCE = new QuestionsView();

    /** The questionnaires' texts for pages outside the check-in (outcomes asks RMDQ and ODI again during a course). */
    public static QuestionsView questions() {
        return INSTANCE;
    }

    private QuestionsView() {}

    public List<CheckinQuestions.Sign> getWarningSigns() {
        return CheckinQuestions.WARNING_SIGNS;
    }

    public List<CheckinQuestions.Sign> getNeedsCare() {
        return CheckinQuestions.NEEDS_CARE;
    }

    public List<String> getStartBackItems() {
        return CheckinQuestions.START_BACK_ITEMS;
    }

    public Map<Bothersomeness, String> getBothersomeness() {
        return CheckinQuestions.BOTHERSOMENESS;
    }

    public List<String> getRolandMorris() {
        return CheckinQuestions.ROLAND_MORRIS;
    }

    public List<CheckinQuestions.OswestrySection> getOswestry() {
        return CheckinQuestions.OSWESTRY;
    }
}
