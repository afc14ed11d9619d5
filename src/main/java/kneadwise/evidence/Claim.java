package kneadwise.evidence;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A claim the product must never make (CLINICAL.md section 7) and how to recognise it: a sentence makes the claim
 * when each group of patterns matches somewhere in it.
 */
public record Claim(
        String id, String claim, ClaimVerdict verdict, String evidence, List<Source> sources, List<Pattern> allOf) {

    public Claim {
        sources = List.copyOf(sources);
        allOf = List.copyOf(allOf);
    }
}
