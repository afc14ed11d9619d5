package kneadwise.assessment;

import java.util.List;

/** Roland-Morris Disability Questionnaire (RMDQ-24; Roland & Morris 1983): the number of "yes" answers, 0-24. */
public record RolandMorrisScore(int score) {

    public static final int ITEMS = 24;

    public RolandMorrisScore {
        if (score < 0 || score > ITEMS) {
            throw new IllegalArgumentException("An RMDQ score is 0 to 24, not " + score);
        }
    }

    public static RolandMorrisScore of(List<Boolean> answers) {
        if (answers.size() != ITEMS) {
            throw new IllegalArgumentException("The RMDQ has 24 statements, not " + answers.size());
        }
        int yes = 0;
        for (boolean answer : answers) {
            yes += answer ? 1 : 0;
        }
        return new RolandMorrisScore(yes);
    }
}
