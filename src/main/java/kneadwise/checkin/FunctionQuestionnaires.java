package kneadwise.checkin;

import java.util.ArrayList;
import java.util.List;
import kneadwise.assessment.OswestryIndex;
import kneadwise.assessment.RolandMorrisScore;
import kneadwise.system.JsonInput;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the function questionnaires (RMDQ, ODI) from JSON, naming each bad answer: at check-in, and again at the
 * sessions of a course where outcomes asks for them.
 */
public final class FunctionQuestionnaires {

    private FunctionQuestionnaires() {}

    /** The 24 yes/no answers of the Roland-Morris questionnaire; null (with the problems noted) when invalid. */
    public static @Nullable List<Boolean> rmdq(@Nullable JsonNode node, JsonInput input) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray() || node.size() != RolandMorrisScore.ITEMS) {
            return input.problem("rmdq", "must be a list of exactly 24 answers, true or false");
        }
        List<Boolean> answers = new ArrayList<>(RolandMorrisScore.ITEMS);
        for (int i = 0; i < node.size(); i++) {
            answers.add(input.bool(node.get(i), "rmdq[" + i + "]"));
        }
        return answers.contains(null) ? null : answers;
    }

    /**
     * The 10 Oswestry sections, 0 to 5 or null when skipped (at least 8 answered, CLINICAL.md section 3); null
     * (with the problems noted) when invalid.
     */
    public static @Nullable List<@Nullable Integer> odi(@Nullable JsonNode node, JsonInput input) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray() || node.size() != OswestryIndex.SECTIONS) {
            return input.problem("odi", "must be a list of exactly 10 entries, each 0 to 5 or null");
        }
        List<@Nullable Integer> sections = new ArrayList<>(OswestryIndex.SECTIONS);
        boolean valid = true;
        int answered = 0;
        for (int i = 0; i < node.size(); i++) {
            JsonNode section = node.get(i);
            if (section.isNull()) {
                sections.add(null);
                continue;
            }
            Integer score = input.wholeNumber(section, "odi[" + i + "]", 0, OswestryIndex.MAXIMUM_SECTION_SCORE);
            valid &= score != null;
            answered++;
            sections.add(score);
        }
        if (answered < OswestryIndex.MINIMUM_ANSWERED) {
            return input.problem("odi", "needs at least 8 of the 10 sections answered, not " + answered);
        }
        return valid ? sections : null;
    }
}
