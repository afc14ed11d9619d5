package kneadwise.assessment;

import java.util.Set;

/** Typical people at the check-in (an object mother for tests). */
final class Patients {

    private Patients() {}

    static final StartBackAnswers LOW_RISK =
            new StartBackAnswers(true, false, false, true, false, false, false, false, Bothersomeness.MODERATELY);
    /** Total 5, psychosocial 3: the example of CONTRACT.md section 3. */
    static final StartBackAnswers MEDIUM_RISK =
            new StartBackAnswers(true, false, false, true, true, true, false, false, Bothersomeness.VERY_MUCH);

    static final StartBackAnswers HIGH_RISK =
            new StartBackAnswers(true, true, false, true, true, true, true, false, Bothersomeness.EXTREMELY);

    /** Numbness in the saddle area: cauda equina until proven otherwise. */
    static Intake withSaddleNumbness() {
        return Intake.of(52, 1, 8, Set.of(Finding.SADDLE_NUMBNESS));
    }

    /** A history of cancer and new pain at 60. */
    static Intake withHistoryOfCancer() {
        return Intake.of(60, 6, 5, Set.of(Finding.HISTORY_OF_CANCER));
    }

    /** The example of CONTRACT.md section 3: chronic pain, thin bones, medium risk. */
    static Intake withOsteoporosis() {
        return Intake.of(47, 16, 6, Set.of(Finding.OSTEOPOROSIS)).withStartBack(MEDIUM_RISK);
    }

    /** Chronic pain, high psychosocial risk, nothing else. */
    static Intake chronicHighRisk() {
        return Intake.of(35, 30, 7, Set.of()).withStartBack(HIGH_RISK);
    }

    static Intake newPainAt(int age) {
        return Intake.of(age, 2, 4, Set.of());
    }
}
