package kneadwise.checkin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kneadwise.assessment.Bothersomeness;
import kneadwise.assessment.Finding;
import kneadwise.assessment.Intake;
import kneadwise.assessment.OswestryIndex;
import kneadwise.assessment.WhatMatters;
import kneadwise.checkin.CheckinDraft.DurationUnit;
import kneadwise.checkin.CheckinDraft.PainArea;
import kneadwise.checkin.CheckinDraft.Questionnaire;
import kneadwise.system.FormValues;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * Reads each step's form into the draft, naming every answer that needs correcting in plain words, and turns the
 * draft back into form values so that going back shows what was answered.
 */
final class StepForms {

    /** The draft with this step's answers, or the problems keyed by the form field they belong to. */
    record Outcome(CheckinDraft draft, Map<String, String> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    static final String NONE = "none";
    static final String AGREE = "agree";
    static final String DISAGREE = "disagree";

    private StepForms() {}

    static Outcome read(CheckinStep step, MultiValueMap<String, String> form, CheckinDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        CheckinDraft updated = switch (step) {
            case ABOUT_YOU -> readAge(form, draft, problems);
            case HOW_LONG -> readDuration(form, draft, problems);
            case WHERE -> readArea(form, draft, problems);
            case HOW_BAD -> readPain(form, draft, problems);
            case WARNING_SIGNS -> draft.withWarningSigns(readSigns(form, CheckinQuestions.WARNING_SIGNS, problems));
            case NEEDS_CARE -> draft.withNeedsCare(readSigns(form, CheckinQuestions.NEEDS_CARE, problems));
            case DOCTORS_CHECK -> readDoctorsCheck(form, draft, problems);
            case HOW_IT_AFFECTS_YOU -> readStartBack(form, draft, problems);
            case DAILY_LIFE -> readQuestionnaire(form, draft, problems);
            case ROLAND_MORRIS -> readRolandMorris(form, draft, problems);
            case OSWESTRY -> readOswestry(form, draft, problems);
        };
        return new Outcome(problems.isEmpty() ? updated : draft, Map.copyOf(problems));
    }

    /** What the form shows for this step from the saved answers. */
    static FormValues values(CheckinStep step, CheckinDraft draft) {
        FormValues.Builder values = FormValues.builder();
        switch (step) {
            case ABOUT_YOU -> putIfPresent(values, "age", draft.age());
            case HOW_LONG -> {
                putIfPresent(values, "duration", draft.durationAmount());
                putIfPresent(values, "unit", draft.durationUnit());
            }
            case WHERE -> putIfPresent(values, "area", draft.painArea());
            case HOW_BAD -> putIfPresent(values, "pain", draft.painNow());
            case WARNING_SIGNS -> putSigns(values, draft.warningSigns());
            case NEEDS_CARE -> putSigns(values, draft.needsCare());
            case DOCTORS_CHECK -> {
                Set<String> cleared = draft.cleared();
                values.putAll("cleared", cleared == null ? List.of() : List.copyOf(cleared));
            }
            case HOW_IT_AFFECTS_YOU -> {
                List<@Nullable Boolean> items = draft.startBackItems();
                for (int i = 0; items != null && i < items.size(); i++) {
                    Boolean agreed = items.get(i);
                    if (agreed != null) {
                        values.put("item" + (i + 1), agreed ? AGREE : DISAGREE);
                    }
                }
                putIfPresent(values, "bothersomeness", draft.bothersomeness());
            }
            case DAILY_LIFE -> putIfPresent(values, "questionnaire", draft.questionnaire());
            case ROLAND_MORRIS -> {
                List<String> ticked = new ArrayList<>();
                List<Boolean> answers = draft.rmdq();
                for (int i = 0; answers != null && i < answers.size(); i++) {
                    if (answers.get(i)) {
                        ticked.add(String.valueOf(i + 1));
                    }
                }
                values.putAll("statement", ticked);
            }
            case OSWESTRY -> {
                List<@Nullable Integer> sections = draft.odi();
                for (int i = 0; sections != null && i < sections.size(); i++) {
                    putIfPresent(values, "section" + (i + 1), sections.get(i));
                }
            }
        }
        return values.build();
    }

    /** The values as just submitted, to show again beside the problems. */
    static FormValues asSubmitted(MultiValueMap<String, String> form) {
        FormValues.Builder values = FormValues.builder();
        form.forEach((name, given) -> values.putAll(name, given == null ? List.of() : given));
        return values.build();
    }

    private static CheckinDraft readAge(
            MultiValueMap<String, String> form, CheckinDraft draft, Map<String, String> problems) {
        Integer age = wholeNumber(form.getFirst("age"));
        if (age == null) {
            problems.put("age", "Enter your age in years, for example 42.");
        } else if (age < Intake.MINIMUM_AGE) {
            problems.put(
                    "age",
                    "Kneadwise is for adults, 18 or older. For back pain in a young person, please see a doctor.");
        } else if (age > Intake.MAXIMUM_AGE) {
            problems.put("age", "Enter an age of 120 or less.");
        } else {
            return draft.withAge(age);
        }
        return draft;
    }

    private static CheckinDraft readDuration(
            MultiValueMap<String, String> form, CheckinDraft draft, Map<String, String> problems) {
        Integer amount = wholeNumber(form.getFirst("duration"));
        DurationUnit unit = choice(DurationUnit.class, form.getFirst("unit"));
        if (amount == null) {
            problems.put("duration", "Enter how long as a whole number, for example 3.");
        }
        if (unit == null) {
            problems.put("unit", "Choose days, weeks, months or years.");
        }
        if (amount == null || unit == null) {
            return draft;
        }
        if (amount * unit.weeks > Intake.MAXIMUM_DURATION_WEEKS) {
            problems.put("duration", "Enter a time of 100 years or less.");
            return draft;
        }
        return draft.withDuration(amount, unit);
    }

    private static CheckinDraft readArea(
            MultiValueMap<String, String> form, CheckinDraft draft, Map<String, String> problems) {
        PainArea area = choice(PainArea.class, form.getFirst("area"));
        if (area == null) {
            problems.put("area", "Choose where your pain is.");
        } else if (area == PainArea.ELSEWHERE) {
            problems.put(
                    "area",
                    "Kneadwise is made for low back pain. For pain in other places, please ask a doctor or a physiotherapist.");
        } else {
            return draft.withPainArea(area);
        }
        return draft;
    }

    private static CheckinDraft readPain(
            MultiValueMap<String, String> form, CheckinDraft draft, Map<String, String> problems) {
        Integer pain = wholeNumber(form.getFirst("pain"));
        if (pain == null || pain > Intake.MAXIMUM_PAIN) {
            problems.put("pain", "Choose a number from 0 (no pain) to 10 (worst pain you can imagine).");
            return draft;
        }
        return draft.withPainNow(pain);
    }

    private static Set<Finding> readSigns(
            MultiValueMap<String, String> form, List<CheckinQuestions.Sign> signs, Map<String, String> problems) {
        Set<Finding> ticked = EnumSet.noneOf(Finding.class);
        List<String> given = form.getOrDefault("finding", List.of());
        for (String code : given) {
            Finding finding = choice(Finding.class, code);
            if (finding == null || signs.stream().noneMatch(sign -> sign.finding() == finding)) {
                problems.put("finding", "One of the ticked answers is not on this page. Please tick them again.");
                return ticked;
            }
            ticked.add(finding);
        }
        boolean none = NONE.equals(form.getFirst("none"));
        if (ticked.isEmpty() && !none) {
            problems.put("finding", "Tick each one that applies to you, or tick \"None of these\".");
        } else if (!ticked.isEmpty() && none) {
            problems.put("finding", "You ticked \"None of these\" and also something above it. Untick one of them.");
        }
        return ticked;
    }

    /** Each ticked reason must be one a doctor can clear for these answers; none ticked is an answer too. */
    private static CheckinDraft readDoctorsCheck(
            MultiValueMap<String, String> form, CheckinDraft draft, Map<String, String> problems) {
        Set<String> clearable = draft.clearable();
        Set<String> cleared = new java.util.LinkedHashSet<>();
        for (String code : form.getOrDefault("cleared", List.of())) {
            if (!clearable.contains(code)) {
                problems.put("cleared", "One of the ticked answers is not on this page. Please tick them again.");
                return draft;
            }
            cleared.add(code);
        }
        return draft.withCleared(cleared);
    }

    /** The optional values step on the answer page: any of what may matter, or none. */
    static Outcome readWhatMatters(MultiValueMap<String, String> form, CheckinDraft draft) {
        Set<WhatMatters> wishes = EnumSet.noneOf(WhatMatters.class);
        for (String name : form.getOrDefault("matters", List.of())) {
            WhatMatters wish = choice(WhatMatters.class, name);
            if (wish == null) {
                return new Outcome(draft, Map.of("matters", "One of the ticked answers is not on this page."));
            }
            wishes.add(wish);
        }
        return new Outcome(draft.withWhatMatters(wishes), Map.of());
    }

    private static CheckinDraft readStartBack(
            MultiValueMap<String, String> form, CheckinDraft draft, Map<String, String> problems) {
        List<@Nullable Boolean> items = new ArrayList<>(CheckinDraft.START_BACK_AGREE_ITEMS);
        for (int i = 1; i <= CheckinDraft.START_BACK_AGREE_ITEMS; i++) {
            String answer = form.getFirst("item" + i);
            if (AGREE.equals(answer)) {
                items.add(true);
            } else if (DISAGREE.equals(answer)) {
                items.add(false);
            } else {
                items.add(null);
                problems.put("item" + i, "Choose agree or disagree for statement " + i + ".");
            }
        }
        Bothersomeness bothered = choice(Bothersomeness.class, form.getFirst("bothersomeness"));
        if (bothered == null) {
            problems.put("bothersomeness", "Choose how much your back pain has bothered you.");
        }
        return draft.withStartBack(items, bothered);
    }

    private static CheckinDraft readQuestionnaire(
            MultiValueMap<String, String> form, CheckinDraft draft, Map<String, String> problems) {
        Questionnaire choice = choice(Questionnaire.class, form.getFirst("questionnaire"));
        if (choice == null) {
            problems.put("questionnaire", "Choose one of the questionnaires, or to skip them.");
            return draft;
        }
        return draft.withQuestionnaire(choice);
    }

    private static CheckinDraft readRolandMorris(
            MultiValueMap<String, String> form, CheckinDraft draft, Map<String, String> problems) {
        Boolean[] answers = new Boolean[CheckinQuestions.ROLAND_MORRIS.size()];
        Arrays.fill(answers, false);
        for (String number : form.getOrDefault("statement", List.of())) {
            Integer at = wholeNumber(number);
            if (at == null || at < 1 || at > answers.length) {
                problems.put("statement", "One of the ticked statements is not on this page. Please tick them again.");
                return draft;
            }
            answers[at - 1] = true;
        }
        return draft.withRolandMorris(List.of(answers));
    }

    private static CheckinDraft readOswestry(
            MultiValueMap<String, String> form, CheckinDraft draft, Map<String, String> problems) {
        List<@Nullable Integer> sections = new ArrayList<>(CheckinQuestions.OSWESTRY.size());
        int answered = 0;
        for (int i = 1; i <= CheckinQuestions.OSWESTRY.size(); i++) {
            String given = form.getFirst("section" + i);
            Integer score = wholeNumber(given);
            if (given != null && !given.isBlank() && (score == null || score > OswestryIndex.MAXIMUM_SECTION_SCORE)) {
                problems.put("section" + i, "Choose one of the answers for area " + i + ".");
            }
            sections.add(score);
            answered += score == null ? 0 : 1;
        }
        if (problems.isEmpty() && answered < OswestryIndex.MINIMUM_ANSWERED) {
            problems.put(
                    "section1",
                    "Answer at least " + OswestryIndex.MINIMUM_ANSWERED + " of the 10 areas. You answered " + answered
                            + ".");
        }
        return draft.withOswestry(sections);
    }

    private static void putIfPresent(FormValues.Builder values, String name, @Nullable Object value) {
        if (value != null) {
            values.put(name, value instanceof Enum<?> constant ? constant.name() : value);
        }
    }

    private static void putSigns(FormValues.Builder values, @Nullable Set<Finding> findings) {
        if (findings == null) {
            return;
        }
        if (findings.isEmpty()) {
            values.put("none", NONE);
        }
        values.putAll("finding", findings.stream().map(Finding::name).toList());
    }

    /** A whole number of at most six digits (nothing here needs more), or null. */
    private static @Nullable Integer wholeNumber(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.matches("[0-9]{1,6}") ? Integer.valueOf(trimmed) : null;
    }

    private static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String name) {
        if (name == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
