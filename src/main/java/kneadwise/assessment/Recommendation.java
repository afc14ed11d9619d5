package kneadwise.assessment;

import java.util.List;

/** Whether massage is advised now, why in a few sentences, and what to combine it with. */
public record Recommendation(MassageAdvice massage, String summary, List<String> combineWith) {

    public Recommendation {
        combineWith = List.copyOf(combineWith);
    }
}
