package kneadwise.assessment;

/**
 * The nine answers of the Keele STarT Back Screening Tool (Hill et al. 2008), about the last 2 weeks. Items 1-8 are
 * agree (true) or disagree (false).
 */
public record StartBackAnswers(
        boolean legPain,
        boolean shoulderOrNeckPain,
        boolean walksShortDistancesOnly,
        boolean dressesSlowly,
        boolean notSafeToBeActive,
        boolean worryingThoughts,
        boolean terribleNeverBetter,
        boolean noEnjoyment,
        Bothersomeness bothersomeness) {}
