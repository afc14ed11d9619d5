package kneadwise.assessment;

import static kneadwise.assessment.AnswerTexts.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Writes the recommendation and the answer for one person from the clinical results (CLINICAL.md sections 5-6). */
final class AnswerWriter {

    /** Precautions that restrict pressure to light (CLINICAL.md section 6). */
    private static final Set<String> LIGHT_PRESSURE_ONLY = Set.of(
            Finding.OSTEOPOROSIS.name(),
            Finding.LONG_TERM_STEROIDS.name(),
            Finding.FRAGILE_SKIN.name(),
            Finding.BLEEDING_DISORDER_OR_ANTICOAGULANTS.name());

    /** From this age a new episode deserves a doctor's check (AHCPR 1994: age over 50 is a cancer risk factor). */
    static final int AGE_NOTE_FROM = 50;

    private AnswerWriter() {}

    static Recommendation recommendation(PainPhase phase, Triage triage, @Nullable StartBackRisk risk) {
        MassageAdvice advice = MassageAdvice.forLevel(triage.level());
        if (advice == MassageAdvice.NOT_NOW) {
            return new Recommendation(advice, safety(triage.level()), List.of());
        }
        String summary = safety(triage.level()) + " " + phaseText(phase) + (risk == null ? "" : " " + riskText(risk));
        List<String> with =
                combineWith(phase, risk).stream().map(c -> c.sentence).toList();
        return new Recommendation(advice, summary, with);
    }

    static Answer answer(PainPhase phase, Triage triage, @Nullable StartBackRisk risk, int age, Recommendation rec) {
        TriageLevel level = triage.level();
        String ageNote = age >= AGE_NOTE_FROM && phase != PainPhase.CHRONIC ? AGE_NOTE : null;
        if (level == TriageLevel.EMERGENCY) {
            return new Answer(safety(level), null, null, null, SIDE_EFFECTS, null, null, null, null, null, null);
        }
        boolean massageNow = rec.massage() != MassageAdvice.NOT_NOW;
        return new Answer(
                safety(level),
                risk == null ? null : riskText(risk),
                expectedBenefit(phase),
                CERTAINTY,
                SIDE_EFFECTS,
                massageNow ? combineWithText(phase, risk) : null,
                massageNow ? COURSE : null,
                massageNow ? techniques(triage) : null,
                massageNow ? pressure(triage) : null,
                massageNow ? COST : null,
                ageNote);
    }

    private static String safety(TriageLevel level) {
        return switch (level) {
            case EMERGENCY -> SAFETY_EMERGENCY;
            case SEE_CLINICIAN_FIRST -> SAFETY_SEE_CLINICIAN;
            case MASSAGE_WITH_PRECAUTIONS -> SAFETY_PRECAUTIONS;
            case MASSAGE_SUITABLE -> SAFETY_SUITABLE;
        };
    }

    private static String phaseText(PainPhase phase) {
        return switch (phase) {
            case ACUTE -> PHASE_ACUTE;
            case SUBACUTE -> PHASE_SUBACUTE;
            case CHRONIC -> PHASE_CHRONIC;
        };
    }

    private static String riskText(StartBackRisk risk) {
        return switch (risk) {
            case LOW -> RISK_LOW;
            case MEDIUM -> RISK_MEDIUM;
            case HIGH -> RISK_HIGH;
        };
    }

    /** Staying active always; heat early on (ACP); exercise always (NICE, WHO); support by STarT Back risk. */
    private static List<CombineWith> combineWith(PainPhase phase, @Nullable StartBackRisk risk) {
        List<CombineWith> with = new ArrayList<>(4);
        with.add(CombineWith.STAYING_ACTIVE);
        if (phase == PainPhase.CHRONIC) {
            with.add(CombineWith.EXERCISE_THERAPY);
        } else {
            with.add(CombineWith.EXERCISE);
            with.add(CombineWith.HEAT);
        }
        if (risk != null) {
            with.add(
                    switch (risk) {
                        case LOW -> CombineWith.SELF_CARE;
                        case MEDIUM -> CombineWith.EXERCISE_PHYSIO;
                        case HIGH -> CombineWith.PSYCHOLOGICALLY_INFORMED_PHYSIO;
                    });
        }
        return with;
    }

    private static String combineWithText(PainPhase phase, @Nullable StartBackRisk risk) {
        StringBuilder text = new StringBuilder(COMBINE_PREFIX);
        for (CombineWith with : combineWith(phase, risk)) {
            text.append(' ').append(with.sentence);
        }
        return text.toString();
    }

    private static ExpectedBenefit expectedBenefit(PainPhase phase) {
        return phase == PainPhase.ACUTE
                ? new ExpectedBenefit(BENEFIT_NEW_PAIN, false, List.of(BenefitComparison.NEW_PAIN_VS_NO_TREATMENT))
                : new ExpectedBenefit(
                        BENEFIT_LASTING_PAIN,
                        true,
                        List.of(BenefitComparison.VS_NO_TREATMENT, BenefitComparison.VS_OTHER_TREATMENTS));
    }

    private static String techniques(Triage triage) {
        String text = TECHNIQUES;
        if (triage.reasons().stream().anyMatch(r -> LIGHT_PRESSURE_ONLY.contains(r.code()))) {
            text += TECHNIQUES_NOT_FORCEFUL;
        }
        if (triage.hasReason(Finding.PREGNANCY.name())) {
            text += TECHNIQUES_PREGNANCY;
        }
        if (triage.hasReason(Finding.HISTORY_OF_ABUSE_OR_TRAUMA.name())) {
            text += TECHNIQUES_TRAUMA_INFORMED;
        }
        return text;
    }

    private static String pressure(Triage triage) {
        String text;
        if (triage.reasons().stream().anyMatch(r -> LIGHT_PRESSURE_ONLY.contains(r.code()))) {
            text = PRESSURE_LIGHT;
        } else if (triage.hasReason(Finding.HEART_CONDITION.name())
                || triage.hasReason(Finding.RECENT_SURGERY.name())) {
            text = PRESSURE_GENTLE;
        } else {
            text = PRESSURE_ANY;
        }
        if (triage.hasReason(Finding.PREGNANCY.name())) {
            text += PRESSURE_SIDE_LYING;
        }
        if (triage.hasReason(Finding.SKIN_PROBLEM_ON_BACK.name())) {
            text += PRESSURE_AVOID_SKIN;
        }
        if (triage.hasReason(Finding.RECENT_SURGERY.name())) {
            text += PRESSURE_AVOID_SURGERY;
        }
        return text;
    }
}
