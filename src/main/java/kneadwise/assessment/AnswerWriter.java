package kneadwise.assessment;

import static kneadwise.assessment.AnswerTexts.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Writes the recommendation and the answer for one person from the clinical results (CLINICAL.md sections 2a-6). */
final class AnswerWriter {

    /** Precautions that restrict pressure to light (CLINICAL.md section 6). */
    private static final Set<String> LIGHT_PRESSURE_ONLY = Set.of(
            Finding.OSTEOPOROSIS.name(),
            Finding.LONG_TERM_STEROIDS.name(),
            Finding.FRAGILE_SKIN.name(),
            Finding.BLEEDING_DISORDER_OR_ANTICOAGULANTS.name());

    /** Cleared reasons that mean light pressure only (CLINICAL.md section 2b). */
    private static final Set<String> LIGHT_PRESSURE_ONCE_CLEARED = Set.of(
            Finding.BLEEDING_DISORDER_OR_ANTICOAGULANTS.name(),
            Finding.RECENT_FRACTURE.name(),
            SafetyTriage.POSSIBLE_FRAGILITY_FRACTURE);

    /** Cleared reasons whose precaution is specific; the others follow what the doctor advised (section 2b). */
    private static final Set<String> SPECIFIC_ONCE_CLEARED = Set.of(
            Finding.BLEEDING_DISORDER_OR_ANTICOAGULANTS.name(),
            Finding.RECENT_FRACTURE.name(),
            SafetyTriage.POSSIBLE_FRAGILITY_FRACTURE,
            Finding.DEEP_VEIN_THROMBOSIS.name(),
            Finding.RECENT_SURGERY.name());

    /** From this age a new episode deserves a doctor's check (AHCPR 1994: age over 50 is a cancer risk factor). */
    static final int AGE_NOTE_FROM = 50;

    private AnswerWriter() {}

    static boolean ageNoteApplies(PainPhase phase, int age) {
        return age >= AGE_NOTE_FROM && phase != PainPhase.CHRONIC;
    }

    static Recommendation recommendation(PainPhase phase, Triage triage, @Nullable StartBackRisk risk, int age) {
        MassageAdvice advice = MassageAdvice.forLevel(triage.level());
        String safety = safety(triage, ageNoteApplies(phase, age));
        if (advice == MassageAdvice.NOT_NOW) {
            return new Recommendation(advice, safety, List.of());
        }
        String summary = safety + " " + phaseText(phase) + (risk == null ? "" : " " + riskText(risk));
        List<String> with =
                combineWith(phase, risk).stream().map(c -> c.sentence).toList();
        return new Recommendation(advice, summary, with);
    }

    static Answer answer(
            Intake intake,
            PainPhase phase,
            Triage triage,
            @Nullable StartBackRisk risk,
            Recommendation rec,
            @Nullable String whatMatters) {
        boolean ageNote = ageNoteApplies(phase, intake.age());
        String safety = safety(triage, ageNote);
        if (triage.level() == TriageLevel.EMERGENCY) {
            return Answer.emergency(safety);
        }
        boolean massageNow = rec.massage() != MassageAdvice.NOT_NOW;
        Care care = massageNow ? Care.of(triage) : null;
        return new Answer(
                safety,
                risk == null ? null : riskText(risk),
                expectedBenefit(phase),
                CERTAINTY,
                SIDE_EFFECTS,
                massageNow ? combineWithText(phase, risk) : null,
                massageNow ? course(intake) : null,
                care == null ? null : techniques(care),
                care == null ? null : pressure(care),
                massageNow ? COST : null,
                ageNote ? AGE_NOTE : null,
                massageNow ? whatMatters : null);
    }

    /** The headline: for a doctor first, how soon (section 2a); the age-50 note never says "no warning signs". */
    private static String safety(Triage triage, boolean ageNote) {
        return switch (triage.level()) {
            case EMERGENCY -> SAFETY_EMERGENCY;
            case SEE_CLINICIAN_FIRST -> {
                Urgency urgency = triage.urgency();
                yield urgency == Urgency.TODAY
                        ? SAFETY_TODAY
                        : urgency == Urgency.WITHIN_A_WEEK ? SAFETY_WITHIN_A_WEEK : SAFETY_BEFORE_MASSAGE;
            }
            case MASSAGE_WITH_PRECAUTIONS -> SAFETY_PRECAUTIONS;
            case MASSAGE_SUITABLE -> ageNote ? SAFETY_SUITABLE_CHECK_ADVISED : SAFETY_SUITABLE;
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
                        case LOW -> phase == PainPhase.ACUTE ? CombineWith.SELF_CARE_NEW_PAIN : CombineWith.SELF_CARE;
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

    private static String course(Intake intake) {
        return intake.painNow() == 0 ? COURSE + COURSE_PAIN_ZERO : COURSE;
    }

    private static ExpectedBenefit expectedBenefit(PainPhase phase) {
        return phase == PainPhase.ACUTE
                ? new ExpectedBenefit(BENEFIT_NEW_PAIN, false, List.of(BenefitComparison.NEW_PAIN_VS_NO_TREATMENT))
                : new ExpectedBenefit(
                        BENEFIT_LASTING_PAIN,
                        true,
                        List.of(BenefitComparison.VS_NO_TREATMENT, BenefitComparison.VS_OTHER_TREATMENTS));
    }

    /** What the reasons mean for the hands-on work, read in one pass over them. */
    private record Care(
            boolean lightOnly,
            boolean gentle,
            boolean pregnancy,
            boolean traumaInformed,
            boolean skin,
            boolean clearedSurgery,
            boolean clearedBreak,
            boolean clearedClot,
            boolean clearedOther) {

        static Care of(Triage triage) {
            boolean lightOnly = false;
            boolean gentle = false;
            boolean pregnancy = false;
            boolean traumaInformed = false;
            boolean skin = false;
            boolean clearedSurgery = false;
            boolean clearedBreak = false;
            boolean clearedClot = false;
            boolean clearedOther = false;
            for (TriageReason reason : triage.reasons()) {
                String code = reason.code();
                lightOnly |= LIGHT_PRESSURE_ONLY.contains(code)
                        || (reason.cleared() && LIGHT_PRESSURE_ONCE_CLEARED.contains(code));
                gentle |= code.equals(Finding.HEART_CONDITION.name());
                pregnancy |= code.equals(Finding.PREGNANCY.name());
                traumaInformed |= code.equals(Finding.HISTORY_OF_ABUSE_OR_TRAUMA.name());
                skin |= code.equals(Finding.SKIN_PROBLEM_ON_BACK.name());
                if (reason.cleared()) {
                    clearedSurgery |= code.equals(Finding.RECENT_SURGERY.name());
                    clearedBreak |= code.equals(Finding.RECENT_FRACTURE.name());
                    clearedClot |= code.equals(Finding.DEEP_VEIN_THROMBOSIS.name());
                    clearedOther |= !SPECIFIC_ONCE_CLEARED.contains(code);
                }
            }
            return new Care(
                    lightOnly,
                    gentle,
                    pregnancy,
                    traumaInformed,
                    skin,
                    clearedSurgery,
                    clearedBreak,
                    clearedClot,
                    clearedOther);
        }
    }

    private static String techniques(Care care) {
        String text = TECHNIQUES;
        if (care.lightOnly()) {
            text += TECHNIQUES_NOT_FORCEFUL;
        }
        if (care.pregnancy()) {
            text += TECHNIQUES_PREGNANCY;
        }
        if (care.traumaInformed()) {
            text += TECHNIQUES_TRAUMA_INFORMED;
        }
        return text;
    }

    private static String pressure(Care care) {
        StringBuilder text =
                new StringBuilder(care.lightOnly() ? PRESSURE_LIGHT : care.gentle() ? PRESSURE_GENTLE : PRESSURE_ANY);
        if (care.pregnancy()) {
            text.append(PRESSURE_SIDE_LYING);
        }
        if (care.skin()) {
            text.append(PRESSURE_AVOID_SKIN);
        }
        if (care.clearedSurgery()) {
            text.append(PRESSURE_AVOID_SURGERY);
        }
        if (care.clearedBreak()) {
            text.append(PRESSURE_AVOID_BREAK);
        }
        if (care.clearedClot()) {
            text.append(PRESSURE_AVOID_CLOT_LEG);
        }
        if (care.clearedOther()) {
            text.append(PRESSURE_DOCTOR_ADVICE);
        }
        return text.toString();
    }
}
