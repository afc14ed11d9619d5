package kneadwise.checkin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import kneadwise.assessment.Bothersomeness;
import kneadwise.assessment.Finding;
import kneadwise.assessment.Intake;
import kneadwise.assessment.SafetyTriage;
import kneadwise.assessment.StartBackAnswers;
import kneadwise.assessment.TriageLevel;
import kneadwise.assessment.WhatMatters;
import org.jspecify.annotations.Nullable;

/**
 * A check-in in progress: what the person has answered so far, kept in their web session between steps so that back
 * and forward keep answers. Null means "not answered yet"; an empty set of findings means "none of these".
 *
 * @param startBackItems STarT Back items 1-8 in order (true = agree), entries null until answered
 * @param rmdq the 24 Roland-Morris statements, true where the person said it describes them today
 * @param odi the 10 Oswestry sections scored 0-5, null for a section left out
 * @param cleared the reasons a doctor has examined and cleared (CLINICAL.md 2b); null until the person was asked,
 *     and asked again whenever the age or the findings change
 * @param whatMatters what matters most to the person (the optional values step on the answer); null when skipped
 */
record CheckinDraft(
        @Nullable Integer age,
        @Nullable Integer durationAmount,
        @Nullable DurationUnit durationUnit,
        @Nullable PainArea painArea,
        @Nullable Integer painNow,
        @Nullable Set<Finding> warningSigns,
        @Nullable Set<Finding> needsCare,
        @Nullable List<@Nullable Boolean> startBackItems,
        @Nullable Bothersomeness bothersomeness,
        @Nullable Questionnaire questionnaire,
        @Nullable List<Boolean> rmdq,
        @Nullable List<@Nullable Integer> odi,
        @Nullable Set<String> cleared,
        @Nullable Set<WhatMatters> whatMatters) {

    static final CheckinDraft EMPTY =
            new CheckinDraft(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    static final int START_BACK_AGREE_ITEMS = 8;

    /** The unit a person gives the length of this episode in; months and years are average calendar lengths. */
    enum DurationUnit {
        DAYS(1.0 / 7),
        WEEKS(1),
        MONTHS(365.25 / 12 / 7),
        YEARS(365.25 / 7);

        final double weeks;

        DurationUnit(double weeks) {
            this.weeks = weeks;
        }
    }

    /** Where the pain is: low back pain, with or without leg pain (the scope at the top of CLINICAL.md). */
    enum PainArea {
        LOWER_BACK,
        BACK_AND_ONE_LEG,
        BACK_AND_BOTH_LEGS,
        ELSEWHERE
    }

    /** The optional function questionnaire the person chose (CLINICAL.md section 3). */
    enum Questionnaire {
        ROLAND_MORRIS,
        OSWESTRY,
        NONE
    }

    CheckinDraft withAge(int value) {
        return change(draft -> {
            if (!Objects.equals(draft.age, value)) {
                draft.cleared = null; // age 70 changes whether a small fall counts as a possible fracture
            }
            draft.age = value;
        });
    }

    CheckinDraft withDuration(int amount, DurationUnit unit) {
        return change(draft -> {
            draft.durationAmount = amount;
            draft.durationUnit = unit;
        });
    }

    CheckinDraft withPainArea(PainArea area) {
        return change(draft -> draft.painArea = area);
    }

    CheckinDraft withPainNow(int value) {
        return change(draft -> draft.painNow = value);
    }

    CheckinDraft withWarningSigns(Set<Finding> findings) {
        return change(draft -> {
            if (!Set.copyOf(findings).equals(draft.warningSigns)) {
                draft.cleared = null;
            }
            draft.warningSigns = Set.copyOf(findings);
        });
    }

    CheckinDraft withNeedsCare(Set<Finding> findings) {
        return change(draft -> {
            if (!Set.copyOf(findings).equals(draft.needsCare)) {
                draft.cleared = null;
            }
            draft.needsCare = Set.copyOf(findings);
        });
    }

    CheckinDraft withCleared(Set<String> codes) {
        return change(draft -> draft.cleared = Set.copyOf(codes));
    }

    CheckinDraft withWhatMatters(Set<WhatMatters> wishes) {
        return change(draft -> draft.whatMatters = Set.copyOf(wishes));
    }

    CheckinDraft withStartBack(List<@Nullable Boolean> items, @Nullable Bothersomeness bothered) {
        return change(draft -> {
            draft.startBackItems = Collections.unmodifiableList(new ArrayList<>(items));
            draft.bothersomeness = bothered;
        });
    }

    CheckinDraft withQuestionnaire(Questionnaire choice) {
        return change(draft -> draft.questionnaire = choice);
    }

    CheckinDraft withRolandMorris(List<Boolean> answers) {
        return change(draft -> draft.rmdq = List.copyOf(answers));
    }

    CheckinDraft withOswestry(List<@Nullable Integer> sections) {
        return change(draft -> draft.odi = Collections.unmodifiableList(new ArrayList<>(sections)));
    }

    /** A copy with some answers changed: named fields, so no answer can land in another's place. */
    private CheckinDraft change(Consumer<Copy> edit) {
        Copy copy = new Copy(this);
        edit.accept(copy);
        return copy.build();
    }

    /** The draft's answers as fields to change one by one (see {@link #change}). */
    private static final class Copy {
        @Nullable
        Integer age;

        @Nullable
        Integer durationAmount;

        @Nullable
        DurationUnit durationUnit;

        @Nullable
        PainArea painArea;

        @Nullable
        Integer painNow;

        @Nullable
        Set<Finding> warningSigns;

        @Nullable
        Set<Finding> needsCare;

        @Nullable
        List<@Nullable Boolean> startBackItems;

        @Nullable
        Bothersomeness bothersomeness;

        @Nullable
        Questionnaire questionnaire;

        @Nullable
        List<Boolean> rmdq;

        @Nullable
        List<@Nullable Integer> odi;

        @Nullable
        Set<String> cleared;

        @Nullable
        Set<WhatMatters> whatMatters;

        Copy(CheckinDraft draft) {
            age = draft.age;
            durationAmount = draft.durationAmount;
            durationUnit = draft.durationUnit;
            painArea = draft.painArea;
            painNow = draft.painNow;
            warningSigns = draft.warningSigns;
            needsCare = draft.needsCare;
            startBackItems = draft.startBackItems;
            bothersomeness = draft.bothersomeness;
            questionnaire = draft.questionnaire;
            rmdq = draft.rmdq;
            odi = draft.odi;
            cleared = draft.cleared;
            whatMatters = draft.whatMatters;
        }

        CheckinDraft build() {
            return new CheckinDraft(
                    age,
                    durationAmount,
                    durationUnit,
                    painArea,
                    painNow,
                    warningSigns,
                    needsCare,
                    startBackItems,
                    bothersomeness,
                    questionnaire,
                    rmdq,
                    odi,
                    cleared,
                    whatMatters);
        }
    }

    /** The length of this episode in weeks, as the clinical engine takes it. */
    @Nullable
    Double painDurationWeeks() {
        if (durationAmount == null || durationUnit == null) {
            return null;
        }
        return Math.min(durationAmount * durationUnit.weeks, Intake.MAXIMUM_DURATION_WEEKS);
    }

    boolean isDone(CheckinStep step) {
        return switch (step) {
            case ABOUT_YOU -> age != null;
            case HOW_LONG -> durationAmount != null && durationUnit != null;
            case WHERE -> painArea != null;
            case HOW_BAD -> painNow != null;
            case WARNING_SIGNS -> warningSigns != null;
            case NEEDS_CARE -> needsCare != null;
            case DOCTORS_CHECK -> cleared != null;
            case HOW_IT_AFFECTS_YOU -> startBack() != null;
            case DAILY_LIFE -> questionnaire != null;
            case ROLAND_MORRIS -> rmdq != null;
            case OSWESTRY -> odi != null;
        };
    }

    /** The steps this person goes through: the eight topics, plus the questionnaire they chose. */
    List<CheckinStep> route() {
        List<CheckinStep> route = new ArrayList<>(List.of(
                CheckinStep.ABOUT_YOU,
                CheckinStep.HOW_LONG,
                CheckinStep.WHERE,
                CheckinStep.HOW_BAD,
                CheckinStep.WARNING_SIGNS,
                CheckinStep.NEEDS_CARE));
        if (!clearable().isEmpty()) {
            route.add(CheckinStep.DOCTORS_CHECK);
        }
        route.add(CheckinStep.HOW_IT_AFFECTS_YOU);
        route.add(CheckinStep.DAILY_LIFE);
        if (questionnaire == Questionnaire.ROLAND_MORRIS) {
            route.add(CheckinStep.ROLAND_MORRIS);
        } else if (questionnaire == Questionnaire.OSWESTRY) {
            route.add(CheckinStep.OSWESTRY);
        }
        return route;
    }

    Optional<CheckinStep> firstUnfinished() {
        return route().stream().filter(step -> !isDone(step)).findFirst();
    }

    /** Whether this step may be shown: every step before it on the route is answered. */
    boolean canOpen(CheckinStep step) {
        List<CheckinStep> route = route();
        int at = route.indexOf(step);
        return at >= 0 && route.subList(0, at).stream().allMatch(this::isDone);
    }

    Optional<CheckinStep> after(CheckinStep step) {
        List<CheckinStep> route = route();
        int at = route.indexOf(step);
        return at >= 0 && at + 1 < route.size() ? Optional.of(route.get(at + 1)) : Optional.empty();
    }

    Optional<CheckinStep> before(CheckinStep step) {
        List<CheckinStep> route = route();
        int at = route.indexOf(step);
        return at > 0 ? Optional.of(route.get(at - 1)) : Optional.empty();
    }

    /** Whether the answers up to the warning signs are in: enough to tell whether this is an emergency. */
    boolean hasSafetyBasics() {
        return age != null && painDurationWeeks() != null && painNow != null && warningSigns != null;
    }

    /** The STarT Back answers once all nine are given. */
    @Nullable
    StartBackAnswers startBack() {
        List<@Nullable Boolean> items = startBackItems;
        if (items == null || items.size() != START_BACK_AGREE_ITEMS || items.contains(null) || bothersomeness == null) {
            return null;
        }
        return new StartBackAnswers(
                Objects.requireNonNull(items.get(0)),
                Objects.requireNonNull(items.get(1)),
                Objects.requireNonNull(items.get(2)),
                Objects.requireNonNull(items.get(3)),
                Objects.requireNonNull(items.get(4)),
                Objects.requireNonNull(items.get(5)),
                Objects.requireNonNull(items.get(6)),
                Objects.requireNonNull(items.get(7)),
                bothersomeness);
    }

    /** Every finding ticked so far. */
    Set<Finding> findings() {
        Set<Finding> findings = EnumSet.noneOf(Finding.class);
        findings.addAll(Objects.requireNonNullElse(warningSigns, Set.of()));
        findings.addAll(Objects.requireNonNullElse(needsCare, Set.of()));
        return findings;
    }

    /**
     * The reasons a doctor could clear (CLINICAL.md 2b), once both lists of findings are answered: every SEE_CLINICIAN
     * _FIRST reason that fires. Empty before, and empty when there is an emergency (nothing can be cleared then).
     */
    Set<String> clearable() {
        if (age == null || warningSigns == null || needsCare == null) {
            return Set.of();
        }
        Set<Finding> findings = findings();
        if (SafetyTriage.assess(findings, age).level() == TriageLevel.EMERGENCY) {
            return Set.of();
        }
        return SafetyTriage.clearable(findings, age);
    }

    /** The intake for the clinical engine; call only when {@link #hasSafetyBasics()}. */
    Intake toIntake() {
        Intake intake = Intake.of(
                Objects.requireNonNull(age),
                Objects.requireNonNull(painDurationWeeks()),
                Objects.requireNonNull(painNow),
                findings());
        if (cleared != null) {
            Set<String> stillFiring = new java.util.LinkedHashSet<>(cleared);
            stillFiring.retainAll(clearable());
            intake = intake.withCleared(stillFiring);
        }
        if (whatMatters != null) {
            intake = intake.withWhatMatters(whatMatters);
        }
        StartBackAnswers startBack = startBack();
        if (startBack != null) {
            intake = intake.withStartBack(startBack);
        }
        if (questionnaire == Questionnaire.ROLAND_MORRIS && rmdq != null) {
            intake = intake.withRmdq(rmdq);
        }
        if (questionnaire == Questionnaire.OSWESTRY && odi != null) {
            intake = intake.withOdi(odi);
        }
        return intake;
    }
}
