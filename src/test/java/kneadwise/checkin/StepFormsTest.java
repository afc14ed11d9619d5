package kneadwise.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kneadwise.assessment.Finding;
import kneadwise.checkin.CheckinDraft.DurationUnit;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The check-in pages' forms read into the draft, step by step: what is kept, what each refusal says and where, and
 * that a refused step leaves the draft as it was.
 */
class StepFormsTest {

    @Test
    void eachSimpleStepKeepsItsAnswer() {
        CheckinDraft draft =
                read(CheckinStep.ABOUT_YOU, Map.of("age", List.of(" 47 "))).draft();
        draft = read(CheckinStep.HOW_LONG, Map.of("duration", List.of("3"), "unit", List.of("MONTHS")), draft)
                .draft();
        draft = read(CheckinStep.HOW_BAD, Map.of("pain", List.of("6")), draft).draft();

        assertThat(draft.age()).isEqualTo(47);
        assertThat(draft.durationAmount()).isEqualTo(3);
        assertThat(draft.durationUnit()).isEqualTo(DurationUnit.MONTHS);
        assertThat(draft.painNow()).isEqualTo(6);
        assertThat(StepForms.values(CheckinStep.ABOUT_YOU, draft).value("age")).isEqualTo("47");
    }

    @Test
    void aRefusedStepSaysWhyByFieldAndKeepsTheDraftAsItWas() {
        CheckinDraft before =
                read(CheckinStep.ABOUT_YOU, Map.of("age", List.of("47"))).draft();

        StepForms.Outcome young = read(CheckinStep.ABOUT_YOU, Map.of("age", List.of("16")), before);
        StepForms.Outcome elsewhere = read(CheckinStep.WHERE, Map.of("area", List.of("ELSEWHERE")), before);
        StepForms.Outcome nothing = read(CheckinStep.HOW_LONG, Map.of(), before);

        assertThat(young.valid()).isFalse();
        assertThat(young.problems().get("age")).contains("18 or older");
        assertThat(young.draft()).isEqualTo(before);
        assertThat(elsewhere.problems().get("area")).contains("made for low back pain");
        assertThat(nothing.problems()).containsOnlyKeys("duration", "unit");
    }

    @Test
    void warningSignsAreTickedOrNoneButNeverBothOrUnknown() {
        StepForms.Outcome ticked = read(CheckinStep.WARNING_SIGNS, Map.of("finding", List.of("SADDLE_NUMBNESS")));
        StepForms.Outcome none = read(CheckinStep.WARNING_SIGNS, Map.of("none", List.of("none")));
        StepForms.Outcome both =
                read(CheckinStep.WARNING_SIGNS, Map.of("finding", List.of("SADDLE_NUMBNESS"), "none", List.of("none")));
        StepForms.Outcome fromAnotherPage =
                read(CheckinStep.WARNING_SIGNS, Map.of("finding", List.of("DEEP_VEIN_THROMBOSIS")));
        StepForms.Outcome empty = read(CheckinStep.WARNING_SIGNS, Map.of());

        assertThat(ticked.draft().warningSigns()).containsExactly(Finding.SADDLE_NUMBNESS);
        assertThat(none.draft().warningSigns()).isEmpty();
        assertThat(both.problems().get("finding")).contains("Untick one of them");
        assertThat(fromAnotherPage.problems().get("finding")).contains("not on this page");
        assertThat(empty.problems().get("finding")).contains("None of these");
    }

    @Test
    void startBackNamesEachStatementLeftOut() {
        Map<String, List<String>> form = new java.util.HashMap<>();
        for (int i = 1; i <= 8; i++) {
            if (i != 4) {
                form.put("item" + i, List.of(i % 2 == 0 ? StepForms.AGREE : StepForms.DISAGREE));
            }
        }

        StepForms.Outcome outcome = read(CheckinStep.HOW_IT_AFFECTS_YOU, form);

        assertThat(outcome.problems()).containsOnlyKeys("item4", "bothersomeness");
        assertThat(outcome.problems().get("item4")).isEqualTo("Choose agree or disagree for statement 4.");
    }

    @Test
    void rolandMorrisTicksAndOswestryChoicesAreKeptAndShownAgain() {
        CheckinDraft ticked = read(CheckinStep.ROLAND_MORRIS, Map.of("statement", List.of("2", "24")))
                .draft();
        Map<String, List<String>> areas = new java.util.HashMap<>();
        for (int i = 1; i <= 8; i++) {
            areas.put("section" + i, List.of(String.valueOf(i % 6)));
        }
        CheckinDraft chosen = read(CheckinStep.OSWESTRY, areas, ticked).draft();

        assertThat(ticked.rmdq()).hasSize(24).filteredOn(yes -> yes).hasSize(2);
        assertThat(ticked.rmdq().get(1)).isTrue();
        assertThat(ticked.rmdq().get(23)).isTrue();
        assertThat(StepForms.values(CheckinStep.ROLAND_MORRIS, ticked).has("statement", 24))
                .isTrue();
        assertThat(chosen.odi()).hasSize(10).startsWith(1, 2, 3, 4, 5, 0, 1, 2);
        assertThat(chosen.odi().subList(8, 10)).containsOnlyNulls();
        assertThat(StepForms.values(CheckinStep.OSWESTRY, chosen).has("section3", 3))
                .isTrue();
    }

    @Test
    void oswestryNeedsEightAreasAndRefusesAnAnswerThatIsNotOffered() {
        StepForms.Outcome few = read(CheckinStep.OSWESTRY, Map.of("section1", List.of("2"), "section2", List.of("1")));
        StepForms.Outcome notOffered = read(CheckinStep.OSWESTRY, Map.of("section3", List.of("6")));
        StepForms.Outcome outOfRange = read(CheckinStep.ROLAND_MORRIS, Map.of("statement", List.of("25")));

        assertThat(few.problems().get("section1")).contains("You answered 2");
        assertThat(notOffered.problems()).containsOnlyKeys("section3");
        assertThat(outOfRange.problems().get("statement")).contains("not on this page");
    }

    private static StepForms.Outcome read(CheckinStep step, Map<String, List<String>> form) {
        return read(step, form, CheckinDraft.EMPTY);
    }

    private static StepForms.Outcome read(CheckinStep step, Map<String, List<String>> form, CheckinDraft draft) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        form.forEach(values::put);
        return StepForms.read(step, values, draft);
    }
}
