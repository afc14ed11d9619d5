package kneadwise.fhir;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import kneadwise.checkin.KeptCheckin;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a kept check-in says, as FHIR: each score an {@code Observation} derived from the check-in's
 * QuestionnaireResponse (LOINC where CLINICAL.md section 3 gives a code, our {@code score} CodeSystem otherwise), and
 * each triage reason a {@code Flag}. Pure functions of the check-in's stored intake and assessment documents.
 */
final class CheckinResources {

    static final String CATEGORIES = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String SURVEY = "survey";
    static final String FLAG_CATEGORIES = "http://terminology.hl7.org/CodeSystem/flag-category";
    static final String UCUM = "http://unitsofmeasure.org";

    static final Coding PAIN = new Coding(
            Questionnaires.LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported");
    static final Coding ODI = new Coding(Questionnaires.LOINC, "97909-6", "Oswestry Disability Index score");
    static final Coding RMDQ = score("rmdq-24-score");
    static final Coding START_BACK_TOTAL = score("start-back-total");
    static final Coding START_BACK_PSYCHOSOCIAL = score("start-back-psychosocial");
    static final Coding START_BACK_RISK = score("start-back-risk");

    private CheckinResources() {}

    /**
     * Every score the check-in gave, each with an id made of the check-in's and a short name of the score
     * ({@code <check-in id>-pain}), so that it can be read back.
     */
    static List<Observation> observations(KeptCheckin kept) {
        JsonNode scores = kept.assessment().path("scores");
        List<Observation> observations = new ArrayList<>();
        if (scores.path("painNrs").isNumber()) {
            observations.add(observation(
                    kept, "pain", PAIN, new IntegerType(scores.get("painNrs").asInt())));
        }
        JsonNode odi = scores.path("odi");
        if (odi.path("percent").isNumber()) {
            Observation observation = observation(
                    kept,
                    "odi",
                    ODI,
                    new Quantity()
                            .setValue(odi.get("percent").decimalValue())
                            .setUnit("%")
                            .setSystem(UCUM)
                            .setCode("%"));
            observation.addInterpretation().setText(words(odi.path("band").asString("")));
            observations.add(observation);
        }
        JsonNode rmdq = scores.path("rmdq");
        if (rmdq.path("score").isNumber()) {
            observations.add(observation(
                    kept, "rmdq", RMDQ, new IntegerType(rmdq.get("score").asInt())));
        }
        JsonNode startBack = scores.path("startBack");
        if (startBack.path("total").isNumber()) {
            observations.add(observation(
                    kept,
                    "start-back-total",
                    START_BACK_TOTAL,
                    new IntegerType(startBack.get("total").asInt())));
            observations.add(observation(
                    kept,
                    "start-back-psychosocial",
                    START_BACK_PSYCHOSOCIAL,
                    new IntegerType(startBack.get("psychosocial").asInt())));
            String risk = startBack.path("risk").asString();
            observations.add(observation(
                    kept,
                    "start-back-risk",
                    START_BACK_RISK,
                    new CodeableConcept(
                            new Coding(CodeSystems.url(CodeSystems.START_BACK_RISK), risk, words(risk) + " risk"))));
        }
        return observations;
    }

    /**
     * Each triage reason of the check-in as a Flag ({@code <check-in id>-flag-<n>}). It is active while this is the
     * person's latest check-in and no doctor has cleared it; a newer check-in ({@code supersededBy}) ends it, which
     * makes its second version.
     */
    static List<Flag> flags(KeptCheckin kept, @Nullable KeptCheckin supersededBy) {
        List<Flag> flags = new ArrayList<>();
        JsonNode reasons = kept.assessment().path("triage").path("reasons");
        for (int n = 0; n < reasons.size(); n++) {
            JsonNode reason = reasons.get(n);
            boolean cleared = reason.path("cleared").asBoolean(false);
            Flag flag = new Flag();
            flag.setId(kept.id() + "-flag-" + (n + 1));
            flag.setStatus(cleared || supersededBy != null ? Flag.FlagStatus.INACTIVE : Flag.FlagStatus.ACTIVE);
            flag.addCategory(new CodeableConcept(new Coding(FLAG_CATEGORIES, "clinical", "Clinical")));
            String code = reason.path("code").asString();
            flag.setCode(new CodeableConcept(
                            new Coding(CodeSystems.url(CodeSystems.TRIAGE_REASON), code, CodeSystems.words(code)))
                    .setText(reason.path("message").asString(CodeSystems.words(code))));
            flag.setSubject(patient(kept));
            flag.getPeriod().setStartElement(new DateTimeType(Date.from(kept.at())));
            if (supersededBy == null) {
                flag.setMeta(new Meta().setVersionId("1").setLastUpdated(Date.from(kept.at())));
            } else {
                flag.getPeriod().setEndElement(new DateTimeType(Date.from(supersededBy.at())));
                flag.setMeta(new Meta().setVersionId("2").setLastUpdated(Date.from(supersededBy.at())));
            }
            flags.add(flag);
        }
        return flags;
    }

    /** Each check-in's flags, knowing the next check-in of the list (newest first) ends the one before it. */
    static List<Flag> flags(List<KeptCheckin> newestFirst) {
        List<Flag> flags = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            flags.addAll(flags(newestFirst.get(i), i == 0 ? null : newestFirst.get(i - 1)));
        }
        return flags;
    }

    private static Observation observation(KeptCheckin kept, String name, Coding code, Type value) {
        return observation(
                kept.id() + "-" + name, kept.patientId(), kept.at(), code, value, "QuestionnaireResponse/" + kept.id());
    }

    /** A final survey score of a patient at a moment, derived from the response it was scored from. */
    static Observation observation(
            String id, java.util.UUID patientId, java.time.Instant at, Coding code, Type value, String derivedFrom) {
        Observation observation = new Observation();
        observation.setId(id);
        observation.setMeta(new Meta().setVersionId("1").setLastUpdated(Date.from(at)));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept(new Coding(CATEGORIES, SURVEY, "Survey")));
        observation.setCode(new CodeableConcept(code.copy()));
        observation.setSubject(new Reference("Patient/" + patientId));
        observation.setEffective(new DateTimeType(Date.from(at)));
        observation.setIssued(Date.from(at));
        observation.setValue(value);
        observation.addDerivedFrom(new Reference(derivedFrom));
        return observation;
    }

    /** An ODI index as a percentage. */
    static Quantity percent(java.math.BigDecimal value) {
        return new Quantity().setValue(value).setUnit("%").setSystem(UCUM).setCode("%");
    }

    private static Reference patient(KeptCheckin kept) {
        return new Reference("Patient/" + kept.patientId());
    }

    private static Coding score(String code) {
        String display = CodeSystems.scores().stream()
                .filter(concept -> concept.code().equals(code))
                .findFirst()
                .orElseThrow()
                .display();
        return new Coding(CodeSystems.url(CodeSystems.SCORE), code, display);
    }

    private static String words(String code) {
        return code.isEmpty() ? code : CodeSystems.words(code);
    }
}
