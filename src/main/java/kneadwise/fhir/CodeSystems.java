package kneadwise.fhir;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import kneadwise.assessment.Finding;
import kneadwise.assessment.SafetyTriage;
import kneadwise.directory.Technique;
import kneadwise.outcomes.BodyRegion;
import kneadwise.outcomes.SideEffect;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * Our own codes, where no standard one exists (CLINICAL.md section 3 names LOINC for the pain NRS and the ODI only),
 * each as a CodeSystem and a ValueSet of all its codes. Pure functions of the product's enums, so a new code is
 * served the day it is added.
 */
final class CodeSystems {

    /** A code and the words shown for it. */
    record Concept(String code, String display) {}

    static final String SCORE = "score";
    static final String START_BACK_RISK = "start-back-risk";
    static final String TRIAGE_REASON = "triage-reason";
    static final String TECHNIQUE = "technique";
    static final String BODY_REGION = "body-region";
    static final String SIDE_EFFECT = "side-effect";

    private CodeSystems() {}

    static String url(String id) {
        return Definitions.canonical("CodeSystem", id);
    }

    static List<CodeSystem> all() {
        return List.of(
                codeSystem(SCORE, "Scores", "Kneadwise scores without a LOINC code", scores()),
                codeSystem(START_BACK_RISK, "StartBackRisk", "STarT Back risk group", startBackRisk()),
                codeSystem(TRIAGE_REASON, "TriageReason", "Reasons found in safety triage", triageReasons()),
                codeSystem(TECHNIQUE, "Technique", "Massage techniques", techniques()),
                codeSystem(BODY_REGION, "BodyRegion", "Body regions of a session note", bodyRegions()),
                codeSystem(SIDE_EFFECT, "SideEffect", "Side effects after a massage", sideEffects()));
    }

    /** For each CodeSystem, the ValueSet of all its codes, with the same id. */
    static List<ValueSet> valueSets() {
        List<ValueSet> valueSets = new ArrayList<>();
        for (CodeSystem codeSystem : all()) {
            ValueSet valueSet = new ValueSet();
            valueSet.setId(codeSystem.getIdElement().getIdPart());
            valueSet.setMeta(Definitions.meta());
            valueSet.setUrl(
                    Definitions.canonical("ValueSet", valueSet.getIdElement().getIdPart()));
            valueSet.setVersion(Definitions.VERSION);
            valueSet.setName(codeSystem.getName());
            valueSet.setTitle(codeSystem.getTitle());
            valueSet.setStatus(PublicationStatus.ACTIVE);
            valueSet.setDate(Date.from(Definitions.UPDATED));
            valueSet.setPublisher("Kneadwise");
            valueSet.getCompose().addInclude().setSystem(codeSystem.getUrl());
            valueSets.add(valueSet);
        }
        return valueSets;
    }

    /** The scores CLINICAL.md section 3 gives no LOINC code for (RMDQ "not found", STarT Back "not used"). */
    static List<Concept> scores() {
        return List.of(
                new Concept("rmdq-24-score", "Roland-Morris Disability Questionnaire score (0 to 24)"),
                new Concept("start-back-total", "STarT Back total score (0 to 9)"),
                new Concept("start-back-psychosocial", "STarT Back psychosocial subscale score (0 to 5)"),
                new Concept("start-back-risk", "STarT Back risk group"));
    }

    static List<Concept> startBackRisk() {
        return List.of(
                new Concept("LOW", "Low risk"), new Concept("MEDIUM", "Medium risk"), new Concept("HIGH", "High risk"));
    }

    /** Every finding that can fire a triage rule, and the reason derived from minor trauma with weak bones. */
    static List<Concept> triageReasons() {
        List<Concept> concepts = new ArrayList<>();
        for (Finding finding : Finding.values()) {
            concepts.add(new Concept(finding.name(), words(finding.name())));
        }
        concepts.add(
                new Concept(SafetyTriage.POSSIBLE_FRAGILITY_FRACTURE, words(SafetyTriage.POSSIBLE_FRAGILITY_FRACTURE)));
        return concepts;
    }

    static List<Concept> techniques() {
        List<Concept> concepts = new ArrayList<>();
        for (Technique technique : Technique.values()) {
            concepts.add(new Concept(technique.name(), technique.label()));
        }
        return concepts;
    }

    static List<Concept> bodyRegions() {
        List<Concept> concepts = new ArrayList<>();
        for (BodyRegion region : BodyRegion.values()) {
            concepts.add(new Concept(region.name(), region.label()));
        }
        return concepts;
    }

    static List<Concept> sideEffects() {
        List<Concept> concepts = new ArrayList<>();
        for (SideEffect.Kind kind : SideEffect.Kind.values()) {
            concepts.add(new Concept(kind.name(), words(kind.name())));
        }
        return concepts;
    }

    private static CodeSystem codeSystem(String id, String name, String title, List<Concept> concepts) {
        CodeSystem codeSystem = new CodeSystem();
        codeSystem.setId(id);
        codeSystem.setMeta(Definitions.meta());
        codeSystem.setUrl(url(id));
        codeSystem.setVersion(Definitions.VERSION);
        codeSystem.setName(name);
        codeSystem.setTitle(title);
        codeSystem.setStatus(PublicationStatus.ACTIVE);
        codeSystem.setDate(Date.from(Definitions.UPDATED));
        codeSystem.setPublisher("Kneadwise");
        codeSystem.setCaseSensitive(true);
        codeSystem.setValueSet(Definitions.canonical("ValueSet", id));
        codeSystem.setContent(CodeSystemContentMode.COMPLETE);
        codeSystem.setCount(concepts.size());
        concepts.forEach(
                concept -> codeSystem.addConcept().setCode(concept.code()).setDisplay(concept.display()));
        return codeSystem;
    }

    /** "SADDLE_NUMBNESS" as "Saddle numbness". */
    static String words(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
