package kneadwise.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kneadwise.evidence.EvidenceBase;
import kneadwise.evidence.TreatmentOption;
import org.jspecify.annotations.Nullable;

/**
 * Massage beside the other options for the person's phase (CLINICAL.md section 5a), and which of them fit what the
 * person said matters most: those that suit every wish, or, when none does, those that suit the most of them. The
 * options themselves carry the mark; the note says what it means.
 */
final class Choices {

    private final List<OptionForYou> options;
    private final @Nullable String note;

    private Choices(List<OptionForYou> options, @Nullable String note) {
        this.options = options;
        this.note = note;
    }

    static Choices none() {
        return new Choices(List.of(), null);
    }

    static Choices of(EvidenceBase evidence, PainPhase phase, Set<WhatMatters> wishes) {
        List<TreatmentOption> forPhase = evidence.optionsFor(phase.name());
        if (wishes.isEmpty()) {
            return new Choices(
                    forPhase.stream().map(o -> new OptionForYou(o, null)).toList(), null);
        }
        Set<String> wanted = wishes.stream().map(Enum::name).collect(Collectors.toSet());
        int best = forPhase.stream().mapToInt(o -> matches(o, wanted)).max().orElse(0);
        List<OptionForYou> options = new ArrayList<>();
        for (TreatmentOption option : forPhase) {
            options.add(new OptionForYou(option, best > 0 && matches(option, wanted) == best));
        }
        String note = best == 0
                ? AnswerTexts.OPTIONS_FIT_NONE
                : best == wanted.size() ? AnswerTexts.OPTIONS_FIT : AnswerTexts.OPTIONS_FIT_MOST;
        return new Choices(List.copyOf(options), note);
    }

    private static int matches(TreatmentOption option, Set<String> wanted) {
        return (int) wanted.stream().filter(option.fits()::contains).count();
    }

    List<OptionForYou> options() {
        return options;
    }

    /** The sentence naming the options that fit; null when the person skipped the values step. */
    @Nullable
    String note() {
        return note;
    }
}
