package kneadwise.checkin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kneadwise.assessment.Bothersomeness;
import kneadwise.assessment.Finding;

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

    /** Signs as choices to tick (finding -> words), in the order they are asked. */
    public Map<Finding, String> choicesOf(List<CheckinQuestions.Sign> signs) {
        Map<Finding, String> choices = new LinkedHashMap<>();
        signs.forEach(sign -> choices.put(sign.finding(), sign.text()));
        return choices;
    }

    /** The Roland-Morris sentences as choices to tick, numbered 1 to 24 as the questionnaire numbers them. */
    public Map<Integer, String> getRolandMorrisChoices() {
        Map<Integer, String> choices = new LinkedHashMap<>();
        for (String sentence : CheckinQuestions.ROLAND_MORRIS) {
            choices.put(choices.size() + 1, sentence);
        }
        return choices;
    }

    /** One Oswestry area as other modules read it: its number, topic and six answers, scored 0 to 5 in order. */
    public record OswestryArea(int number, String topic, List<String> answers) {}

    /** The ten Oswestry areas (for FHIR's Questionnaire). */
    public List<OswestryArea> oswestryAreas() {
        return CheckinQuestions.OSWESTRY.stream()
                .map(section -> new OswestryArea(section.number(), section.topic(), section.answers()))
                .toList();
    }

    public List<CheckinQuestions.OswestrySection> getOswestry() {
        return CheckinQuestions.OSWESTRY;
    }
}
