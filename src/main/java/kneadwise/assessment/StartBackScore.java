package kneadwise.assessment;

/**
 * STarT Back scores (Hill et al. 2008; CLINICAL.md section 3): total 0-9, psychosocial subscale (items 5-9) 0-5.
 * Risk: HIGH when the subscale is 4 or 5, checked first; otherwise LOW when the total is 0-3; otherwise MEDIUM.
 */
public record StartBackScore(int total, int psychosocial, StartBackRisk risk) {

    public static StartBackScore of(StartBackAnswers answers) {
        int psychosocial = point(answers.notSafeToBeActive())
                + point(answers.worryingThoughts())
                + point(answers.terribleNeverBetter())
                + point(answers.noEnjoyment())
                + answers.bothersomeness().points();
        int total = psychosocial
                + point(answers.legPain())
                + point(answers.shoulderOrNeckPain())
                + point(answers.walksShortDistancesOnly())
                + point(answers.dressesSlowly());
        return new StartBackScore(total, psychosocial, riskOf(total, psychosocial));
    }

    static StartBackRisk riskOf(int total, int psychosocial) {
        if (psychosocial >= 4) {
            return StartBackRisk.HIGH;
        }
        return total <= 3 ? StartBackRisk.LOW : StartBackRisk.MEDIUM;
    }

    private static int point(boolean agree) {
        return agree ? 1 : 0;
    }
}
