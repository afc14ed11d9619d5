package kneadwise.fhir;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import kneadwise.accounts.Account;
import kneadwise.assessment.Instrument;
import kneadwise.booking.CourseOutlines.CourseOutline;
import kneadwise.booking.CourseOutlines.SessionTime;
import kneadwise.outcomes.AllCourseOutcomes.Followed;
import kneadwise.outcomes.SessionLog;
import kneadwise.outcomes.SideEffect;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The resources of {@link BulkResources}, written straight as FHIR JSON, for exports of millions of them: building
 * HAPI's objects and encoding them cost about 90 microseconds a resource, most of an export's time
 * (docs/benchmarks/fhir.md, Bulk Data export). The output is the same JSON as HAPI's encoding of the same resource,
 * which {@code BulkJsonTest} checks resource by resource over a generated population; the codes, links and
 * canonical addresses are the mapping's own constants, and dates are formatted by HAPI's own types.
 */
public final class BulkJson {

    private static final String SESSION_LOG = Definitions.canonical("Questionnaire", Questionnaires.SESSION_LOG);
    private static final String SIDE_EFFECT_SYSTEM = CodeSystems.url(CodeSystems.SIDE_EFFECT);

    private BulkJson() {}

    public static void patient(JsonGenerator out, Account account) {
        out.writeStartObject();
        out.writeStringProperty("resourceType", "Patient");
        out.writeStringProperty("id", account.id().toString());
        meta(out, String.valueOf(account.createdAt().toEpochMilli()), Date.from(account.createdAt()));
        out.writeBooleanProperty("active", true);
        out.writeArrayPropertyStart("name");
        out.writeStartObject();
        out.writeStringProperty("text", account.name());
        out.writeEndObject();
        out.writeEndArray();
        out.writeArrayPropertyStart("telecom");
        out.writeStartObject();
        out.writeStringProperty("system", "email");
        out.writeStringProperty("value", account.email());
        out.writeEndObject();
        out.writeEndArray();
        out.writeEndObject();
    }

    /** As {@link SessionLogResponses#response}. */
    public static void sessionLog(JsonGenerator out, SessionLog log, UUID patientId) {
        Date recorded = Date.from(log.recordedAt());
        out.writeStartObject();
        out.writeStringProperty("resourceType", "QuestionnaireResponse");
        out.writeStringProperty("id", SessionLogResponses.id(log.courseId(), log.session()));
        meta(out, "1", recorded);
        out.writeArrayPropertyStart("basedOn");
        reference(out, "CarePlan/" + log.courseId());
        out.writeEndArray();
        out.writeStringProperty("questionnaire", SESSION_LOG);
        out.writeStringProperty("status", "completed");
        out.writeName("subject");
        reference(out, "Patient/" + patientId);
        out.writeStringProperty("authored", new DateTimeType(recorded).getValueAsString());
        out.writeArrayPropertyStart("item");
        answer(out, Questionnaires.SESSION);
        out.writeNumberProperty("valueInteger", log.session());
        endAnswer(out);
        answer(out, Questionnaires.PAIN_NOW);
        out.writeNumberProperty("valueInteger", log.painNrs());
        endAnswer(out);
        if (!log.sideEffects().isEmpty()) {
            out.writeStartObject();
            out.writeStringProperty("linkId", Questionnaires.SIDE_EFFECTS);
            out.writeArrayPropertyStart("answer");
            for (SideEffect effect : log.sideEffects()) {
                out.writeStartObject();
                out.writeName("valueCoding");
                coding(
                        out,
                        SIDE_EFFECT_SYSTEM,
                        effect.kind().name(),
                        CodeSystems.words(effect.kind().name()));
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        if (log.functionInstrument() != null && log.functionAnswers() != null) {
            functionAnswers(out, log.functionInstrument() == Instrument.RMDQ, log.functionAnswers());
        }
        if (log.globalImpression() != null) {
            answer(out, Questionnaires.GLOBAL_IMPRESSION);
            out.writeName("valueCoding");
            coding(out, null, log.globalImpression().name(), null);
            endAnswer(out);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void functionAnswers(JsonGenerator out, boolean rmdq, List<?> answers) {
        out.writeStartObject();
        out.writeStringProperty("linkId", rmdq ? Questionnaires.RMDQ_GROUP : Questionnaires.ODI_GROUP);
        boolean anyAnswered =
                answers.stream().anyMatch(answer -> rmdq ? answer instanceof Boolean : answer instanceof Number);
        if (!anyAnswered) {
            out.writeEndObject(); // HAPI leaves an empty list out
            return;
        }
        out.writeArrayPropertyStart("item");
        for (int i = 0; i < answers.size(); i++) {
            Object answer = answers.get(i);
            if (rmdq && answer instanceof Boolean yes) {
                answer(out, "rmdq-" + (i + 1));
                out.writeBooleanProperty("valueBoolean", yes);
                endAnswer(out);
            } else if (!rmdq && answer instanceof Number score) {
                answer(out, "odi-" + (i + 1));
                out.writeName("valueCoding");
                coding(out, null, String.valueOf(score.intValue()), null);
                endAnswer(out);
            }
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** As the first of {@link SessionLogResponses#observations}: the pain score. */
    public static void painScore(JsonGenerator out, SessionLog log, UUID patientId) {
        String id = SessionLogResponses.id(log.courseId(), log.session());
        observation(out, id + "-pain", patientId, log, CheckinResources.PAIN);
        out.writeNumberProperty("valueInteger", log.painNrs());
        endObservation(out, id);
    }

    /** Whether the log has a function score (it was asked that session, and answered). */
    public static boolean hasFunctionScore(SessionLog log) {
        return log.function() != null && log.functionInstrument() != null;
    }

    /** As the second of {@link SessionLogResponses#observations}: the RMDQ score or the ODI index. */
    public static void functionScore(JsonGenerator out, SessionLog log, UUID patientId) {
        String id = SessionLogResponses.id(log.courseId(), log.session());
        java.math.BigDecimal function = java.util.Objects.requireNonNull(log.function());
        if (log.functionInstrument() == Instrument.ODI) {
            observation(out, id + "-function", patientId, log, CheckinResources.ODI);
            out.writeObjectPropertyStart("valueQuantity");
            out.writeName("value");
            out.writeNumber(function);
            out.writeStringProperty("unit", "%");
            out.writeStringProperty("system", CheckinResources.UCUM);
            out.writeStringProperty("code", "%");
            out.writeEndObject();
        } else {
            observation(out, id + "-function", patientId, log, CheckinResources.RMDQ);
            out.writeNumberProperty("valueInteger", function.intValue());
        }
        endObservation(out, id);
    }

    /** As {@link CheckinResources#observation}, up to its value. */
    private static void observation(JsonGenerator out, String id, UUID patientId, SessionLog log, Coding code) {
        Date at = Date.from(log.recordedAt());
        out.writeStartObject();
        out.writeStringProperty("resourceType", "Observation");
        out.writeStringProperty("id", id);
        meta(out, "1", at);
        out.writeStringProperty("status", "final");
        out.writeArrayPropertyStart("category");
        out.writeStartObject();
        out.writeArrayPropertyStart("coding");
        coding(out, CheckinResources.CATEGORIES, CheckinResources.SURVEY, "Survey");
        out.writeEndArray();
        out.writeEndObject();
        out.writeEndArray();
        out.writeObjectPropertyStart("code");
        out.writeArrayPropertyStart("coding");
        coding(out, code.getSystem(), code.getCode(), code.getDisplay());
        out.writeEndArray();
        out.writeEndObject();
        out.writeName("subject");
        reference(out, "Patient/" + patientId);
        out.writeStringProperty("effectiveDateTime", new DateTimeType(at).getValueAsString());
        out.writeStringProperty("issued", new InstantType(at).getValueAsString());
    }

    private static void endObservation(JsonGenerator out, String logId) {
        out.writeArrayPropertyStart("derivedFrom");
        reference(out, "QuestionnaireResponse/" + logId);
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * As one of {@link CourseResources#appointments}; false (and nothing written) when the session did not change after
     * {@code since}.
     */
    public static boolean appointment(
            JsonGenerator out, CourseOutline outline, SessionTime session, Instant now, @Nullable Instant since) {
        Instant changed = CourseResources.sessionChanged(outline, session, now);
        if (!BulkResources.changedSince(changed, since)) {
            return false;
        }
        out.writeStartObject();
        out.writeStringProperty("resourceType", "Appointment");
        out.writeStringProperty("id", CourseResources.sessionId(outline, session.session()));
        meta(out, String.valueOf(changed.toEpochMilli()), Date.from(changed));
        out.writeStringProperty(
                "status", CourseResources.sessionStatus(session, now).toCode());
        out.writeStringProperty("description", CourseResources.sessionDescription(outline, session));
        out.writeStringProperty("start", new InstantType(Date.from(session.start())).getValueAsString());
        out.writeStringProperty("end", new InstantType(Date.from(session.end())).getValueAsString());
        out.writeStringProperty("created", new DateTimeType(Date.from(outline.bookedAt())).getValueAsString());
        out.writeArrayPropertyStart("participant");
        out.writeStartObject();
        out.writeName("actor");
        reference(out, "Patient/" + outline.patientId());
        out.writeStringProperty("status", "accepted");
        out.writeEndObject();
        out.writeStartObject();
        out.writeName("actor");
        practitioner(out, outline);
        out.writeStringProperty("status", "accepted");
        out.writeEndObject();
        out.writeEndArray();
        out.writeEndObject();
        return true;
    }

    /** As {@link CourseResources#carePlan}; false (and nothing written) when the course did not change after since. */
    public static boolean carePlan(JsonGenerator out, Followed followed, @Nullable Instant since) {
        CourseRecord course = new CourseRecord(followed.outcomes().course(), followed.outcomes(), followed.notes());
        Instant changed = course.lastChanged();
        if (!BulkResources.changedSince(changed, since)) {
            return false;
        }
        CourseOutline outline = course.outline();
        out.writeStartObject();
        out.writeStringProperty("resourceType", "CarePlan");
        out.writeStringProperty("id", outline.id().toString());
        meta(out, String.valueOf(changed.toEpochMilli()), Date.from(changed));
        out.writeStringProperty("status", CourseResources.status(course).toCode());
        out.writeStringProperty("intent", "plan");
        out.writeStringProperty("title", CourseResources.planTitle(outline));
        out.writeStringProperty("description", CourseResources.RULE);
        out.writeName("subject");
        reference(out, "Patient/" + outline.patientId());
        if (!outline.times().isEmpty()) {
            out.writeObjectPropertyStart("period");
            Instant start = outline.times().stream()
                    .map(SessionTime::start)
                    .min(Instant::compareTo)
                    .orElseThrow();
            Instant end = outline.times().stream()
                    .map(SessionTime::end)
                    .max(Instant::compareTo)
                    .orElseThrow();
            out.writeStringProperty("start", new DateTimeType(Date.from(start)).getValueAsString());
            out.writeStringProperty("end", new DateTimeType(Date.from(end)).getValueAsString());
            out.writeEndObject();
        }
        out.writeStringProperty("created", new DateTimeType(Date.from(outline.bookedAt())).getValueAsString());
        out.writeName("author");
        practitioner(out, outline);
        out.writeArrayPropertyStart("goal");
        for (CourseResources.GoalPart goal : CourseResources.goalParts(course)) {
            reference(out, "Goal/" + CourseResources.goalId(outline, goal.name()));
        }
        out.writeEndArray();
        if (!outline.times().isEmpty()) {
            out.writeArrayPropertyStart("activity");
            for (SessionTime session : outline.times()) {
                out.writeStartObject();
                out.writeName("reference");
                reference(out, "Appointment/" + CourseResources.sessionId(outline, session.session()));
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        List<String> notes = CourseResources.planNotes(course);
        if (!notes.isEmpty()) {
            out.writeArrayPropertyStart("note");
            for (String note : notes) {
                out.writeStartObject();
                out.writeStringProperty("text", note);
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        out.writeEndObject();
        return true;
    }

    /**
     * As {@link CourseResources#goals}, calling {@code endOfLine} after each; none when the course did not change
     * after since.
     */
    public static void goals(JsonGenerator out, Followed followed, @Nullable Instant since, Runnable endOfLine) {
        CourseRecord course = new CourseRecord(followed.outcomes().course(), followed.outcomes(), followed.notes());
        Instant changed = course.lastChanged();
        if (!BulkResources.changedSince(changed, since)) {
            return;
        }
        CourseOutline outline = course.outline();
        boolean ended = course.outcomes().progress().end() != null;
        for (CourseResources.GoalPart goal : CourseResources.goalParts(course)) {
            out.writeStartObject();
            out.writeStringProperty("resourceType", "Goal");
            out.writeStringProperty("id", CourseResources.goalId(outline, goal.name()));
            meta(out, String.valueOf(changed.toEpochMilli()), Date.from(changed));
            out.writeStringProperty("lifecycleStatus", ended ? "completed" : "active");
            if (goal.judged() != null) {
                out.writeObjectPropertyStart("achievementStatus");
                out.writeArrayPropertyStart("coding");
                coding(
                        out,
                        CourseResources.GOAL_ACHIEVEMENT,
                        CourseResources.achievement(goal.judged().verdict(), ended),
                        null);
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeObjectPropertyStart("description");
            out.writeStringProperty("text", goal.description());
            out.writeEndObject();
            out.writeName("subject");
            reference(out, "Patient/" + outline.patientId());
            out.writeArrayPropertyStart("target");
            out.writeStartObject();
            out.writeObjectPropertyStart("measure");
            out.writeArrayPropertyStart("coding");
            coding(
                    out,
                    goal.measure().getSystem(),
                    goal.measure().getCode(),
                    goal.measure().getDisplay());
            out.writeEndArray();
            out.writeEndObject();
            out.writeObjectPropertyStart("detailCodeableConcept");
            out.writeStringProperty("text", goal.description());
            out.writeEndObject();
            out.writeEndObject();
            out.writeEndArray();
            out.writeArrayPropertyStart("addresses");
            reference(out, "CarePlan/" + outline.id());
            out.writeEndArray();
            out.writeEndObject();
            endOfLine.run();
        }
    }

    private static void practitioner(JsonGenerator out, CourseOutline outline) {
        Reference practitioner = CourseResources.practitioner(outline);
        out.writeStartObject();
        out.writeStringProperty("reference", practitioner.getReference());
        if (practitioner.hasDisplay()) {
            out.writeStringProperty("display", practitioner.getDisplay());
        }
        out.writeEndObject();
    }

    private static void meta(JsonGenerator out, String version, Date lastUpdated) {
        out.writeObjectPropertyStart("meta");
        out.writeStringProperty("versionId", version);
        out.writeStringProperty("lastUpdated", new InstantType(lastUpdated).getValueAsString());
        out.writeEndObject();
    }

    private static void reference(JsonGenerator out, String reference) {
        out.writeStartObject();
        out.writeStringProperty("reference", reference);
        out.writeEndObject();
    }

    private static void coding(JsonGenerator out, @Nullable String system, String code, @Nullable String display) {
        out.writeStartObject();
        if (system != null) {
            out.writeStringProperty("system", system);
        }
        out.writeStringProperty("code", code);
        if (display != null) {
            out.writeStringProperty("display", display);
        }
        out.writeEndObject();
    }

    /** An item with one answer, up to the answer's value. */
    private static void answer(JsonGenerator out, String linkId) {
        out.writeStartObject();
        out.writeStringProperty("linkId", linkId);
        out.writeArrayPropertyStart("answer");
        out.writeStartObject();
    }

    private static void endAnswer(JsonGenerator out) {
        out.writeEndObject();
        out.writeEndArray();
        out.writeEndObject();
    }
}
