package kneadwise.checkin;

import java.util.Collections;
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

    public List<String> getStartBackItems() {
        return CheckinQuestions.START_BACK_ITEMS;
    }

    public Map<Bothersomeness, String> getBothersomeness() {
        return CheckinQuestions.BOTHERSOMENESS;
    }

    public List<String> getRolandMorris() {
        return CheckinQuestions.ROLAND_MORRIS;
    }

    /** The warning signs as choices to tick (finding -> words), in the order they are asked. */
    public Map<Finding, String> getWarningSignChoices() {
        return WARNING_SIGN_CHOICES;
    }

    /** The things that need care as choices to tick, in the order they are asked. */
    public Map<Finding, String> getNeedsCareChoices() {
        return NEEDS_CARE_CHOICES;
    }

    /** The Roland-Morris sentences as choices to tick, numbered 1 to 24 as the questionnaire numbers them. */
    public Map<Integer, String> getRolandMorrisChoices() {
        return ROLAND_MORRIS_CHOICES;
    }

    // Built once: the pages render them on every step and every log.
    private static final Map<Finding, String> WARNING_SIGN_CHOICES = choicesOf(CheckinQuestions.WARNING_SIGNS);
    private static final Map<Finding, String> NEEDS_CARE_CHOICES = choicesOf(CheckinQuestions.NEEDS_CARE);
    private static final Map<Integer, String> ROLAND_MORRIS_CHOICES = numbered(CheckinQuestions.ROLAND_MORRIS);

    private static Map<Finding, String> choicesOf(List<CheckinQuestions.Sign> signs) {
        Map<Finding, String> choices = new LinkedHashMap<>();
        signs.forEach(sign -> choices.put(sign.finding(), sign.text()));
        return Collections.unmodifiableMap(choices);
    }

    private static Map<Integer, String> numbered(List<String> sentences) {
        Map<Integer, String> choices = new LinkedHashMap<>();
        sentences.forEach(sentence -> choices.put(choices.size() + 1, sentence));
        return Collections.unmodifiableMap(choices);
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
