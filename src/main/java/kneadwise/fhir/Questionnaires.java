package kneadwise.fhir;

import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kneadwise.assessment.Bothersomeness;
import kneadwise.assessment.Finding;
import kneadwise.assessment.Intake;
import kneadwise.assessment.SafetyTriage;
import kneadwise.assessment.WhatMatters;
import kneadwise.checkin.QuestionsView;
import kneadwise.checkin.QuestionsView.OswestryArea;
import kneadwise.outcomes.GlobalImpression;
import kneadwise.outcomes.SideEffect;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

/**
 * The instruments of CLINICAL.md section 3 as FHIR Questionnaires, in the words the check-in pages use (checkin's
 * {@link QuestionsView}). Pure functions: the same questions give the same resources. Each item's {@code linkId}
 * is what a QuestionnaireResponse answers and what an error names.
 */
final class Questionnaires {

    static final String PAIN = "nrs-pain";
    static final String START_BACK = "start-back";
    static final String ROLAND_MORRIS = "rmdq-24";
    static final String OSWESTRY = "odi";
    static final String CHECK_IN = "check-in";
    static final String SESSION_LOG = "session-log";
    static final String SESSION = "session";
    static final String SIDE_EFFECTS = "side-effects";
    static final String GLOBAL_IMPRESSION = "global-impression";

    // The check-in's own items; the instruments' items keep their linkIds inside a group named after each.
    static final String AGE = "age";
    static final String DURATION = "pain-duration-weeks";
    static final String PAIN_NOW = "pain";
    static final String FINDINGS = "findings";
    static final String CLEARED = "cleared-findings";
    static final String WHAT_MATTERS = "what-matters";
    static final String START_BACK_GROUP = "start-back";
    static final String RMDQ_GROUP = "rmdq"; // not "rmdq-24": that is the 24th statement's linkId
    static final String ODI_GROUP = "odi";

    static final String LOINC = "http://loinc.org";
    static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

    private Questionnaires() {}

    /** Every instrument, in the order of CLINICAL.md section 3. */
    static List<Questionnaire> all(QuestionsView questions) {
        return List.of(
                pain(),
                rolandMorris(questions.getRolandMorris()),
                oswestry(questions.oswestryAreas()),
                startBack(questions.getStartBackItems(), questions.getBothersomeness()),
                checkin(questions),
                sessionLog(questions));
    }

    /**
     * A session's log within a course (CONTRACT.md section 9): which session, pain now, side effects since the last
     * one, the course's function questionnaire when it is asked, and at the last session how things are overall.
     * A response names its course in {@code basedOn} ({@code CarePlan/<course id>}).
     */
    static Questionnaire sessionLog(QuestionsView questions) {
        Questionnaire questionnaire = base(SESSION_LOG, "SessionLog", "How was your back around this session?");
        QuestionnaireItemComponent session = questionnaire
                .addItem()
                .setLinkId(SESSION)
                .setText("Which session of the course is this?")
                .setType(QuestionnaireItemType.INTEGER)
                .setRequired(true);
        session.addExtension(MIN_VALUE, new IntegerType(1));
        questionnaire.addItem(pain().getItemFirstRep().copy());
        QuestionnaireItemComponent effects = questionnaire
                .addItem()
                .setLinkId(SIDE_EFFECTS)
                .setText("Any side effects since the last session? Leave it out when there were none.")
                .setType(QuestionnaireItemType.CHOICE)
                .setRepeats(true);
        for (SideEffect.Kind kind : SideEffect.Kind.values()) {
            effects.addAnswerOption()
                    .setValue(new Coding(
                            CodeSystems.url(CodeSystems.SIDE_EFFECT), kind.name(), CodeSystems.words(kind.name())));
        }
        questionnaire.addItem(group(RMDQ_GROUP, rolandMorris(questions.getRolandMorris())));
        questionnaire.addItem(group(ODI_GROUP, oswestry(questions.oswestryAreas())));
        QuestionnaireItemComponent overall = questionnaire
                .addItem()
                .setLinkId(GLOBAL_IMPRESSION)
                .setText("Since the course began, how is your back overall? (last session only)")
                .setType(QuestionnaireItemType.CHOICE);
        for (GlobalImpression impression : GlobalImpression.values()) {
            overall.addAnswerOption().setValue(new Coding(null, impression.name(), impression.words()));
        }
        return questionnaire;
    }

    /**
     * The check-in as a whole, item for item the intake of CONTRACT.md section 3: age, weeks of pain, pain now, the
     * findings ticked (and those a doctor cleared), what matters most, and the three instruments as optional groups
     * holding the same items as their own Questionnaires.
     */
    static Questionnaire checkin(QuestionsView questions) {
        Questionnaire questionnaire = base(CHECK_IN, "CheckIn", "Will massage help my back? The check-in");
        QuestionnaireItemComponent age = questionnaire
                .addItem()
                .setLinkId(AGE)
                .setText("How old are you?")
                .setType(QuestionnaireItemType.INTEGER)
                .setRequired(true);
        age.addExtension(MIN_VALUE, new IntegerType(Intake.MINIMUM_AGE));
        age.addExtension(MAX_VALUE, new IntegerType(Intake.MAXIMUM_AGE));
        QuestionnaireItemComponent weeks = questionnaire
                .addItem()
                .setLinkId(DURATION)
                .setText("How many weeks has this episode of back pain lasted?")
                .setType(QuestionnaireItemType.DECIMAL)
                .setRequired(true);
        weeks.addExtension(MIN_VALUE, new DecimalType(0));
        weeks.addExtension(MAX_VALUE, new DecimalType(Intake.MAXIMUM_DURATION_WEEKS));
        questionnaire.addItem(pain().getItemFirstRep().copy());
        QuestionnaireItemComponent findings = questionnaire
                .addItem()
                .setLinkId(FINDINGS)
                .setText("Which of these apply to you now?")
                .setType(QuestionnaireItemType.CHOICE)
                .setRepeats(true);
        Map<Finding, String> asked = new EnumMap<>(Finding.class);
        asked.putAll(questions.getWarningSignChoices());
        asked.putAll(questions.getNeedsCareChoices());
        for (Finding finding : Finding.values()) {
            findings.addAnswerOption()
                    .setValue(new Coding(
                            CodeSystems.url(CodeSystems.TRIAGE_REASON),
                            finding.name(),
                            asked.getOrDefault(finding, CodeSystems.words(finding.name()))));
        }
        QuestionnaireItemComponent cleared = questionnaire
                .addItem()
                .setLinkId(CLEARED)
                .setText("A doctor has examined this and said massage is fine")
                .setType(QuestionnaireItemType.CHOICE)
                .setRepeats(true);
        for (String reason : SafetyTriage.clearableReasons()) {
            cleared.addAnswerOption()
                    .setValue(
                            new Coding(CodeSystems.url(CodeSystems.TRIAGE_REASON), reason, CodeSystems.words(reason)));
        }
        QuestionnaireItemComponent matters = questionnaire
                .addItem()
                .setLinkId(WHAT_MATTERS)
                .setText("What matters most to you in a treatment?")
                .setType(QuestionnaireItemType.CHOICE)
                .setRepeats(true);
        for (WhatMatters wish : WhatMatters.values()) {
            matters.addAnswerOption().setValue(new Coding(null, wish.name(), CodeSystems.words(wish.name())));
        }
        questionnaire.addItem(
                group(START_BACK_GROUP, startBack(questions.getStartBackItems(), questions.getBothersomeness())));
        questionnaire.addItem(group(RMDQ_GROUP, rolandMorris(questions.getRolandMorris())));
        questionnaire.addItem(group(ODI_GROUP, oswestry(questions.oswestryAreas())));
        return questionnaire;
    }

    /** An instrument as an optional group of the check-in, holding its items. */
    private static QuestionnaireItemComponent group(String linkId, Questionnaire instrument) {
        QuestionnaireItemComponent group = new QuestionnaireItemComponent()
                .setLinkId(linkId)
                .setText(instrument.getTitle())
                .setType(QuestionnaireItemType.GROUP)
                .setRequired(false);
        instrument.getItem().forEach(item -> group.addItem(item.copy()));
        return group;
    }

    /** Pain NRS: one whole number from 0 (no pain) to 10 (worst imaginable), LOINC 72514-3. */
    static Questionnaire pain() {
        Questionnaire questionnaire = base(PAIN, "PainNrs", "Pain right now (0 to 10)");
        QuestionnaireItemComponent item = questionnaire
                .addItem()
                .setLinkId("pain")
                .setText("How bad is your pain right now? 0 means no pain. 10 means the worst pain you can imagine.")
                .setType(QuestionnaireItemType.INTEGER)
                .setRequired(true);
        item.addCode(new Coding(LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"));
        item.addExtension(MIN_VALUE, new IntegerType(0));
        item.addExtension(MAX_VALUE, new IntegerType(10));
        return questionnaire;
    }

    /** Roland-Morris (RMDQ-24): 24 statements about today; each true one scores a point. */
    static Questionnaire rolandMorris(List<String> statements) {
        Questionnaire questionnaire =
                base(ROLAND_MORRIS, "RolandMorris24", "Roland-Morris Disability Questionnaire (24 statements)");
        for (int n = 1; n <= statements.size(); n++) {
            questionnaire
                    .addItem()
                    .setLinkId("rmdq-" + n)
                    .setPrefix(String.valueOf(n))
                    .setText(statements.get(n - 1))
                    .setType(QuestionnaireItemType.BOOLEAN)
                    .setRequired(true);
        }
        return questionnaire;
    }

    /** Oswestry (ODI): ten areas, one answer each, scored 0 to 5 in the order given; up to 2 may be left out. */
    static Questionnaire oswestry(List<OswestryArea> areas) {
        Questionnaire questionnaire = base(OSWESTRY, "Oswestry", "Oswestry Disability Index");
        questionnaire.addCode(new Coding(LOINC, "97908-8", null));
        for (OswestryArea area : areas) {
            QuestionnaireItemComponent item = questionnaire
                    .addItem()
                    .setLinkId("odi-" + area.number())
                    .setPrefix(String.valueOf(area.number()))
                    .setText(area.topic())
                    .setType(QuestionnaireItemType.CHOICE);
            for (int score = 0; score < area.answers().size(); score++) {
                item.addAnswerOption()
                        .setValue(new Coding(
                                null, String.valueOf(score), area.answers().get(score)));
            }
        }
        return questionnaire;
    }

    /** STarT Back: items 1-8 agree or disagree, item 9 how bothersome (Hill et al. 2008). */
    static Questionnaire startBack(List<String> items, Map<Bothersomeness, String> bothersomeness) {
        Questionnaire questionnaire = base(START_BACK, "StartBack", "STarT Back Screening Tool");
        for (int n = 1; n <= items.size(); n++) {
            QuestionnaireItemComponent item = questionnaire
                    .addItem()
                    .setLinkId("start-back-" + n)
                    .setPrefix(String.valueOf(n))
                    .setText(items.get(n - 1))
                    .setType(QuestionnaireItemType.CHOICE)
                    .setRequired(true);
            item.addAnswerOption().setValue(new Coding(null, "agree", "Agree"));
            item.addAnswerOption().setValue(new Coding(null, "disagree", "Disagree"));
        }
        QuestionnaireItemComponent bothered = questionnaire
                .addItem()
                .setLinkId("start-back-9")
                .setPrefix("9")
                .setText("Overall, how much has your back pain bothered you in the last 2 weeks?")
                .setType(QuestionnaireItemType.CHOICE)
                .setRequired(true);
        bothersomeness.forEach(
                (answer, words) -> bothered.addAnswerOption().setValue(new Coding(null, answer.name(), words)));
        return questionnaire;
    }

    private static Questionnaire base(String id, String name, String title) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(id);
        questionnaire.setMeta(Definitions.meta());
        questionnaire.setUrl(Definitions.canonical("Questionnaire", id));
        questionnaire.setVersion(Definitions.VERSION);
        questionnaire.setName(name);
        questionnaire.setTitle(title);
        questionnaire.setStatus(PublicationStatus.ACTIVE);
        questionnaire.setDate(Date.from(Definitions.UPDATED));
        questionnaire.setPublisher("Kneadwise");
        questionnaire.addSubjectType("Patient");
        return questionnaire;
    }
}
