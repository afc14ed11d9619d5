package kneadwise.assessment;

import java.time.LocalDate;
import java.util.List;
import kneadwise.evidence.Statement;
import org.jspecify.annotations.Nullable;

/**
 * The whole result for one intake (CONTRACT.md section 4), naming the evidence base version that made it.
 *
 * @param plan null when massage is not advised now
 */
public record Assessment(
        String knowledgeBaseVersion,
        LocalDate knowledgeBaseDate,
        PainPhase painPhase,
        Triage triage,
        Scores scores,
        Recommendation recommendation,
        List<Statement> evidence,
        @Nullable CoursePlan plan,
        Answer answer) {

    public Assessment {
        evidence = List.copyOf(evidence);
    }
}
