package kneadwise.evidence;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing the evidence says, in plain language.
 *
 * @param approximate the figures in the text are derived by us (for example an SMD turned into points) and are
 *     shown as approximate
 * @param sourceFigure the figure as the source gives it, where the text puts it in other words (for example
 *     "1.5% to 25% of participants" for "between 2 and 25 in every 100 people"); null otherwise
 */
public record Statement(
        String id,
        String topic,
        String text,
        Certainty certainty,
        boolean approximate,
        Applicability appliesTo,
        List<Source> sources,
        @Nullable String sourceFigure) {

    public Statement {
        sources = List.copyOf(sources);
    }
}
