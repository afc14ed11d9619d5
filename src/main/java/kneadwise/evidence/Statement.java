package kneadwise.evidence;

import java.util.List;

/**
 * One thing the evidence says, in plain language.
 *
 * @param approximate the figures in the text are derived by us (for example an SMD turned into points) and are
 *     shown as approximate
 */
public record Statement(
        String id,
        String topic,
        String text,
        Certainty certainty,
        boolean approximate,
        Applicability appliesTo,
        List<Source> sources) {

    public Statement {
        sources = List.copyOf(sources);
    }
}
