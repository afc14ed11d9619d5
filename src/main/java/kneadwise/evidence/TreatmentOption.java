package kneadwise.evidence;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One treatment a person may choose instead of, or beside, massage (CLINICAL.md section 5a, IPDAS): what it is in a
 * few words, the certainty its source gives, the phases it is an option for, and which wishes of the values step it
 * fits (our own plain classification, in the data file).
 *
 * @param certainty null when the source grades no certainty for it (the summary then says so)
 * @param fits names of what may matter to a person ({@link #WISHES}) that this option suits
 */
public record TreatmentOption(
        String id,
        String name,
        String summary,
        @Nullable Certainty certainty,
        Set<String> phases,
        Set<String> fits,
        List<Source> sources) {

    /** The names the data file may use in {@code fits}; the clinical engine's test checks they match its own. */
    public static final Set<String> WISHES =
            Set.of("LOW_COST", "LITTLE_TIME", "HANDS_ON_CARE", "DOING_IT_MYSELF", "NOT_BEING_TOUCHED");

    public TreatmentOption {
        phases = Set.copyOf(phases);
        fits = Set.copyOf(fits);
        sources = List.copyOf(sources);
    }
}
