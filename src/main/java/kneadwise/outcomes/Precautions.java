package kneadwise.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kneadwise.directory.Technique;

/**
 * What a client's latest check-in means for the hands-on work, checked against a session note. The note records
 * what was done, so it is stored as written; a departure from the precautions is shown as a warning beside it.
 * CLINICAL.md section 6: osteoporosis, anticoagulants and fragile skin mean light pressure only; section 2 adds long
 * term steroids (light pressure) and, for osteoporosis, no deep tissue or forceful techniques. Version 2, section 2b: a
 * cleared broken bone or possible fragility fracture means light pressure only too (a fracture reason only reaches a
 * therapist once cleared, since booking waits for the clearance).
 */
final class Precautions {

    static final Set<String> LIGHT_PRESSURE_ONLY = Set.of(
            "OSTEOPOROSIS",
            "BLEEDING_DISORDER_OR_ANTICOAGULANTS",
            "FRAGILE_SKIN",
            "LONG_TERM_STEROIDS",
            "RECENT_FRACTURE",
            "POSSIBLE_FRAGILITY_FRACTURE");

    private Precautions() {}

    static List<String> warnings(SessionNote note, Set<String> reasons) {
        List<String> warnings = new ArrayList<>();
        List<String> lightOnly = reasons.stream()
                .filter(LIGHT_PRESSURE_ONLY::contains)
                .sorted()
                .map(Precautions::words)
                .toList();
        if (note.pressure() != SessionNote.Pressure.LIGHT && !lightOnly.isEmpty()) {
            warnings.add("Pressure was " + note.pressure().name().toLowerCase(Locale.ROOT)
                    + ", but the client's check-in says light pressure only (" + String.join(", ", lightOnly) + ").");
        }
        if (reasons.contains("OSTEOPOROSIS") && note.techniques().contains(Technique.DEEP_TISSUE)) {
            warnings.add("Deep tissue was recorded, but with osteoporosis no deep tissue or forceful techniques.");
        }
        return warnings;
    }

    private static String words(String code) {
        return code.replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
