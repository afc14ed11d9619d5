package kneadwise.fhir;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kneadwise.assessment.Instrument;
import kneadwise.outcomes.SessionLog;
import kneadwise.outcomes.SideEffect;
import kneadwise.system.FieldProblem;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A session's log as a QuestionnaireResponse to {@code Questionnaire/session-log} (its course in {@code basedOn}),
 * its scores as Observations derived from it, and a posted response back as the log API's body (CONTRACT.md section
 * 9). Pure functions; the log's own reader judges the values.
 */
final class SessionLogResponses {

    private SessionLogResponses() {}

    static String id(UUID courseId, int session) {
        return courseId + "-log-" + session;
    }

    /** Which course's which session a log's id, or the id of one of its scores, names. */
    record Key(UUID courseId, int session) {}

    private static final Pattern KEY = Pattern.compile("-log-([1-9][0-9]{0,8})(-[a-z]+)?");

    /** The log an id such as {@code <course>-log-3} or {@code <course>-log-3-pain} names; empty for any other id. */
    static Optional<Key> keyOf(String id) {
        Matcher rest = KEY.matcher(id.length() > 36 ? id.substring(36) : "");
        if (!rest.matches()) {
            return Optional.empty();
        }
        return Ids.leadingUuid(id).map(course -> new Key(course, Integer.parseInt(rest.group(1))));
    }

    static QuestionnaireResponse response(SessionLog log, UUID patientId) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(id(log.courseId(), log.session()));
        response.setMeta(new Meta().setVersionId("1").setLastUpdated(Date.from(log.recordedAt())));
        response.setQuestionnaire(Definitions.canonical("Questionnaire", Questionnaires.SESSION_LOG));
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(new Reference("Patient/" + patientId));
        response.addBasedOn(new Reference("CarePlan/" + log.courseId()));
        response.setAuthored(Date.from(log.recordedAt()));
        CheckinResponses.answer(response.getItem(), Questionnaires.SESSION, new IntegerType(log.session()));
        CheckinResponses.answer(response.getItem(), Questionnaires.PAIN_NOW, new IntegerType(log.painNrs()));
        if (!log.sideEffects().isEmpty()) {
            QuestionnaireResponseItemComponent effects = response.addItem().setLinkId(Questionnaires.SIDE_EFFECTS);
            for (SideEffect effect : log.sideEffects()) {
                effects.addAnswer()
                        .setValue(new Coding(
                                CodeSystems.url(CodeSystems.SIDE_EFFECT),
                                effect.kind().name(),
                                CodeSystems.words(effect.kind().name())));
            }
        }
        if (log.functionInstrument() != null && log.functionAnswers() != null) {
            boolean rmdq = log.functionInstrument() == Instrument.RMDQ;
            QuestionnaireResponseItemComponent group =
                    response.addItem().setLinkId(rmdq ? Questionnaires.RMDQ_GROUP : Questionnaires.ODI_GROUP);
            List<?> answers = log.functionAnswers();
            for (int i = 0; i < answers.size(); i++) {
                Object answer = answers.get(i);
                if (rmdq && answer instanceof Boolean yes) {
                    CheckinResponses.answer(group.getItem(), "rmdq-" + (i + 1), new BooleanType(yes));
                } else if (!rmdq && answer instanceof Number score) {
                    CheckinResponses.answer(
                            group.getItem(),
                            "odi-" + (i + 1),
                            new Coding(null, String.valueOf(score.intValue()), null));
                }
            }
        }
        if (log.globalImpression() != null) {
            CheckinResponses.answer(
                    response.getItem(),
                    Questionnaires.GLOBAL_IMPRESSION,
                    new Coding(null, log.globalImpression().name(), null));
        }
        return response;
    }

    /** The log's pain and, when asked this session, its function score. */
    static List<Observation> observations(SessionLog log, UUID patientId) {
        String id = id(log.courseId(), log.session());
        String from = "QuestionnaireResponse/" + id;
        List<Observation> observations = new ArrayList<>();
        observations.add(CheckinResources.observation(
                id + "-pain",
                patientId,
                log.recordedAt(),
                CheckinResources.PAIN,
                new IntegerType(log.painNrs()),
                from));
        if (log.function() != null && log.functionInstrument() != null) {
            observations.add(
                    log.functionInstrument() == Instrument.ODI
                            ? CheckinResources.observation(
                                    id + "-function",
                                    patientId,
                                    log.recordedAt(),
                                    CheckinResources.ODI,
                                    CheckinResources.percent(log.function()),
                                    from)
                            : CheckinResources.observation(
                                    id + "-function",
                                    patientId,
                                    log.recordedAt(),
                                    CheckinResources.RMDQ,
                                    new IntegerType(log.function().intValue()),
                                    from));
        }
        return observations;
    }

    /** A posted response as the log API's body, with a problem named by linkId for each malformed item. */
    static ObjectNode body(QuestionnaireResponse response, List<FieldProblem> problems) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode body = nodes.objectNode();
        ArrayNode effects = nodes.arrayNode();
        body.set("sideEffects", effects);
        for (QuestionnaireResponseItemComponent item : response.getItem()) {
            String linkId = String.valueOf(item.getLinkId());
            switch (linkId) {
                case Questionnaires.SESSION ->
                    CheckinResponses.whole(item, problems).ifPresent(session -> body.put("session", session));
                case Questionnaires.PAIN_NOW ->
                    CheckinResponses.whole(item, problems).ifPresent(pain -> body.put("painNrs", pain));
                case Questionnaires.SIDE_EFFECTS ->
                    item.getAnswer().forEach(answer -> {
                        if (answer.getValue() instanceof Coding coding && coding.getCode() != null) {
                            effects.add(coding.getCode());
                        } else {
                            problems.add(new FieldProblem(linkId, "each answer must be a valueCoding with a code"));
                        }
                    });
                case Questionnaires.RMDQ_GROUP ->
                    body.set("rmdq", CheckinResponses.rolandMorris(item, problems, nodes));
                case Questionnaires.ODI_GROUP -> body.set("odi", CheckinResponses.oswestry(item, problems, nodes));
                case Questionnaires.GLOBAL_IMPRESSION ->
                    CheckinResponses.code(item, problems)
                            .ifPresent(impression -> body.put("globalImpression", impression));
                default -> problems.add(new FieldProblem(linkId, "is not an item of Questionnaire/session-log"));
            }
        }
        return body;
    }

    /** The linkId a log field names: {@code painNrs} is {@code pain}, {@code odi[3]} {@code odi-4}. */
    static String linkIdOf(String field) {
        String[] parts = field.split("[\\[\\].]");
        return switch (parts[0]) {
            case "session" -> Questionnaires.SESSION;
            case "painNrs" -> Questionnaires.PAIN_NOW;
            case "sideEffects" -> Questionnaires.SIDE_EFFECTS;
            case "globalImpression" -> Questionnaires.GLOBAL_IMPRESSION;
            case "rmdq", "odi" -> CheckinResponses.linkIdOf(field);
            default -> field;
        };
    }
}
