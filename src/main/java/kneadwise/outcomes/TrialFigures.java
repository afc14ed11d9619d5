package kneadwise.outcomes;

import java.util.List;

/**
 * The trials' figures the dashboard is read beside (CLINICAL.md section 5). They are effect sizes and rates from
 * trials, not shares of people reaching a clinically important change, so they frame our figures rather than
 * match them one for one.
 */
final class TrialFigures {

    record Figure(String topic, String figure, String source) {}

    static final List<Figure> ALL = List.of(
            new Figure(
                    "Pain, short term, against no or sham treatment",
                    "SMD -0.75 (95% CI -0.90 to -0.60), 7 trials, 761 people; roughly 1.5 points on a 0-10 scale"
                            + " (approximate)",
                    "Furlan et al. 2015, Cochrane review; low quality evidence"),
            new Figure(
                    "Function, short term, against no or sham treatment",
                    "SMD -0.72 (95% CI -1.05 to -0.39), 6 trials, 725 people",
                    "Furlan et al. 2015, Cochrane review; low quality evidence"),
            new Figure(
                    "Function after 10 weekly sessions, against usual care",
                    "Roland-Morris 2.5 to 2.9 points better",
                    "Cherkin et al. 2011, 401 adults with chronic low back pain"),
            new Figure(
                    "Long term",
                    "No benefit at long-term follow-up against inactive treatment",
                    "Furlan et al. 2015, Cochrane review"),
            new Figure(
                    "Side effects",
                    "A temporary increase in pain in 1.5% to 25% of participants; no serious adverse events",
                    "Furlan et al. 2015, Cochrane review"));

    private TrialFigures() {}
}
