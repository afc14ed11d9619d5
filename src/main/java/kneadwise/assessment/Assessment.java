package kneadwise.assessment;

import java.time.LocalDate;
import java.util.List;
import kneadwise.evidence.Statement;
import org.jspecify.annotations.Nullable;

/**
 * The whole result for one intake (CONTRACT.md section 4), naming the evidence base version that made it.
 *
 * @param plan null when massage is not advised now
 * @param safetyNet what to watch for (CLINICAL.md section 2a); null only for an emergency
 * @param options massage beside the other options for the phase (section 5a); empty when massage is not advised now
 * @param disclosure who runs Kneadwise, how it ranks, the evidence version and its sources' years; null only for an
 *     emergency (which shows only what to do now)
 */
public record Assessment(
        KnowledgeBase knowledgeBase,
        PainPhase painPhase,
        Triage triage,
        Scores scores,
        Recommendation recommendation,
        List<Statement> evidence,
        @Nullable CoursePlan plan,
        Answer answer,
        @Nullable String safetyNet,
        List<OptionForYou> options,
        @Nullable String disclosure) {

    /** The evidence base that made the answer (IPDAS: version, date, update policy, next review). */
    public record KnowledgeBase(String version, LocalDate date, String updatePolicy, LocalDate nextReview) {}

    public Assessment {
        evidence = List.copyOf(evidence);
        options = List.copyOf(options);
    }

    public String knowledgeBaseVersion() {
        return knowledgeBase.version();
    }

    public LocalDate knowledgeBaseDate() {
        return knowledgeBase.date();
    }
}
