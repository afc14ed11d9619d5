package kneadwise.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import kneadwise.assessment.Finding;
import kneadwise.assessment.SafetyTriage;
import org.junit.jupiter.api.Test;

/** The doctor's check (CLINICAL.md 2b) in the check-in's route: asked only when something can be cleared. */
class CheckinDraftTest {

    static CheckinDraft answeredUpToNeedsCare(int age, Set<Finding> warningSigns, Set<Finding> needsCare) {
        return CheckinDraft.EMPTY
                .withAge(age)
                .withDuration(20, CheckinDraft.DurationUnit.WEEKS)
                .withPainArea(CheckinDraft.PainArea.LOWER_BACK)
                .withPainNow(5)
                .withWarningSigns(warningSigns)
                .withNeedsCare(needsCare);
    }

    @Test
    void theDoctorsCheckIsOnTheRouteOnlyWhenAReasonCanBeCleared() {
        assertThat(answeredUpToNeedsCare(40, Set.of(), Set.of(Finding.OSTEOPOROSIS))
                        .route())
                .doesNotContain(CheckinStep.DOCTORS_CHECK);
        assertThat(answeredUpToNeedsCare(40, Set.of(), Set.of(Finding.RECENT_SURGERY))
                        .route())
                .containsSubsequence(CheckinStep.NEEDS_CARE, CheckinStep.DOCTORS_CHECK, CheckinStep.HOW_IT_AFFECTS_YOU);
        // an emergency: nothing to clear, the answer is to go now
        assertThat(answeredUpToNeedsCare(40, Set.of(Finding.SADDLE_NUMBNESS, Finding.FEVER_OR_CHILLS), Set.of())
                        .route())
                .doesNotContain(CheckinStep.DOCTORS_CHECK);
        // the derived fracture reason needs the age and both steps
        assertThat(answeredUpToNeedsCare(75, Set.of(Finding.MINOR_TRAUMA), Set.of())
                        .clearable())
                .containsExactly(SafetyTriage.POSSIBLE_FRAGILITY_FRACTURE);
        assertThat(answeredUpToNeedsCare(45, Set.of(Finding.MINOR_TRAUMA), Set.of())
                        .clearable())
                .isEmpty();
    }

    @Test
    void changedFindingsOrAgeAskTheDoctorsCheckAgain() {
        CheckinDraft cleared = answeredUpToNeedsCare(75, Set.of(Finding.MINOR_TRAUMA), Set.of())
                .withCleared(Set.of(SafetyTriage.POSSIBLE_FRAGILITY_FRACTURE));
        assertThat(cleared.isDone(CheckinStep.DOCTORS_CHECK)).isTrue();

        assertThat(cleared.withNeedsCare(Set.of(Finding.RECENT_SURGERY)).isDone(CheckinStep.DOCTORS_CHECK))
                .isFalse();
        assertThat(cleared.withAge(76).isDone(CheckinStep.DOCTORS_CHECK)).isFalse();
        assertThat(cleared.withNeedsCare(Set.of()).isDone(CheckinStep.DOCTORS_CHECK))
                .as("the same answer again keeps the clearance")
                .isTrue();
    }

    @Test
    void theIntakeKeepsOnlyClearancesOfReasonsThatStillFire() {
        CheckinDraft draft = answeredUpToNeedsCare(40, Set.of(), Set.of(Finding.RECENT_SURGERY))
                .withCleared(Set.of("RECENT_SURGERY", "FEVER_OR_CHILLS"));

        assertThat(draft.toIntake().clearedFindings()).containsExactly("RECENT_SURGERY");
    }
}
