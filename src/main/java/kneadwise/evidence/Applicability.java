package kneadwise.evidence;

import java.util.Set;

/**
 * When a statement applies, in the evidence base's own words (so that this module needs nothing from the clinical
 * engine): pain phases and triage levels by name. An empty set means "any".
 */
public record Applicability(Set<String> phases, Set<String> triageLevels) {

    /** The names the data file may use; the clinical engine's test checks they match its own. */
    public static final Set<String> PHASES = Set.of("ACUTE", "SUBACUTE", "CHRONIC");

    public static final Set<String> TRIAGE_LEVELS =
            Set.of("EMERGENCY", "SEE_CLINICIAN_FIRST", "MASSAGE_WITH_PRECAUTIONS", "MASSAGE_SUITABLE");

    public Applicability {
        phases = Set.copyOf(phases);
        triageLevels = Set.copyOf(triageLevels);
    }

    public boolean appliesTo(String phase, String triageLevel) {
        return (phases.isEmpty() || phases.contains(phase))
                && (triageLevels.isEmpty() || triageLevels.contains(triageLevel));
    }
}
