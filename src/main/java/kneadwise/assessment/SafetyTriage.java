package kneadwise.assessment;

import static kneadwise.assessment.TriageLevel.MASSAGE_SUITABLE;
import static kneadwise.assessment.TriageLevel.SEE_CLINICIAN_FIRST;
import static kneadwise.assessment.Urgency.BEFORE_MASSAGE;
import static kneadwise.assessment.Urgency.TODAY;
import static kneadwise.assessment.Urgency.WITHIN_A_WEEK;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Safety triage (CLINICAL.md section 2, version 2): every rule that fires is a reason; the level is the most severe
 * reached and the urgency the most urgent (section 2a). Rules only ever add reasons, so adding a finding can never
 * lower the level nor make the urgency less urgent. A reason a clinician cleared (section 2b) counts as a precaution
 * with no urgency. Age alone changes nothing.
 */
public final class SafetyTriage {

    /** Minor trauma counts as a possible fragility fracture from this age on. */
    static final int FRAGILITY_AGE = 70;

    /** The derived reason for minor trauma with weak bones (CLINICAL.md section 2). */
    public static final String POSSIBLE_FRAGILITY_FRACTURE = "POSSIBLE_FRAGILITY_FRACTURE";

    private static final String SPINAL_PATHWAYS = "UK spinal pathways; NICE NG59 context; NHS acute back pain pathways";
    private static final String INFECTION = "AHCPR 1994; NHS pathways (spinal infection: urgent, same day)";
    private static final String CANCER =
            "AHCPR 1994; NHS pathways (suspected spinal tumour: urgent imaging, 2-week" + " referral)";
    private static final String FRACTURE = "AHCPR 1994; NHS pathways (suspected osteoporotic fracture: GP X-ray)";
    private static final String CLOT =
            "NIH NCCAM, Massage therapy as CAM; NICE QS201 (a likely DVT scanned within 4 h)";
    private static final String CONTRAINDICATIONS = "NIH NCCAM, Massage therapy as CAM; seed article 004";
    private static final String PRECAUTIONS = "NIH NCCAM; practice guidance";

    private static final String GO_NOW = " Call 911 or go to an emergency department now.";
    private static final String TODAY_ANYWAY = " See a doctor or urgent care today, whether or not you want massage.";
    private static final String WITHIN_DAYS =
            " See a doctor in the next few days. Go the same day if the pain gets much"
                    + " worse, or your legs get weak or numb.";
    private static final String LIGHT_ONLY = ": light pressure only";

    static final List<TriageRule> RULES = List.of(
            TriageRule.emergency(
                    Finding.SADDLE_NUMBNESS,
                    "Numbness around the genitals, bottom or inner thighs can mean the nerves at the base of the spine"
                            + " are squeezed. This needs treatment fast." + GO_NOW,
                    SPINAL_PATHWAYS),
            TriageRule.emergency(
                    Finding.BLADDER_OR_BOWEL_CHANGE,
                    "New trouble passing urine, or new loss of control of bladder or bowel, can mean the nerves at the"
                            + " base of the spine are squeezed. This needs treatment fast." + GO_NOW,
                    SPINAL_PATHWAYS),
            TriageRule.emergency(
                    Finding.PROGRESSIVE_LEG_WEAKNESS,
                    "Leg weakness or numbness that is getting worse, or is in both legs, can mean a nerve is badly"
                            + " squeezed. This needs treatment fast." + GO_NOW,
                    SPINAL_PATHWAYS),
            TriageRule.seeClinician(
                    Finding.HISTORY_OF_CANCER,
                    WITHIN_A_WEEK,
                    "Back pain after cancer can mean the cancer has spread to the spine." + WITHIN_DAYS,
                    cleared("Past cancer"),
                    CANCER),
            TriageRule.seeClinician(
                    Finding.UNEXPLAINED_WEIGHT_LOSS,
                    WITHIN_A_WEEK,
                    "Losing weight without trying, with back pain, can be a sign of cancer or another illness."
                            + WITHIN_DAYS,
                    cleared("Weight loss"),
                    CANCER),
            TriageRule.seeClinician(
                    Finding.FEVER_OR_CHILLS,
                    TODAY,
                    "A fever with back pain can be a sign of an infection in the spine." + TODAY_ANYWAY,
                    cleared("Fever or chills"),
                    INFECTION),
            TriageRule.seeClinician(
                    Finding.IV_DRUG_USE,
                    TODAY,
                    "Injecting drugs with back pain can mean an infection in the spine." + TODAY_ANYWAY,
                    cleared("Injecting drugs"),
                    INFECTION),
            TriageRule.seeClinician(
                    Finding.IMMUNOSUPPRESSION,
                    TODAY,
                    "A weak immune system makes an infection in the spine more likely." + TODAY_ANYWAY,
                    cleared("Weak immune system"),
                    INFECTION),
            TriageRule.seeClinician(
                    Finding.RECENT_BACTERIAL_INFECTION,
                    TODAY,
                    "A recent infection can spread to the spine." + TODAY_ANYWAY,
                    cleared("Recent infection"),
                    INFECTION),
            TriageRule.seeClinician(
                    Finding.MAJOR_TRAUMA,
                    TODAY,
                    "After a bad fall or a road accident, a bone in the spine may be broken." + TODAY_ANYWAY,
                    cleared("Bad fall or accident"),
                    FRACTURE),
            new TriageRule(
                    POSSIBLE_FRAGILITY_FRACTURE,
                    SEE_CLINICIAN_FIRST,
                    WITHIN_A_WEEK,
                    (findings, age) -> findings.contains(Finding.MINOR_TRAUMA)
                            && (findings.contains(Finding.OSTEOPOROSIS)
                                    || findings.contains(Finding.LONG_TERM_STEROIDS)
                                    || age >= FRAGILITY_AGE),
                    "A small fall or strain can break a weak bone in the spine. Thin bones, long use of steroid"
                            + " tablets or age 70 or over make this more likely." + WITHIN_DAYS,
                    "Small fall or strain, checked by a doctor" + LIGHT_ONLY
                            + ", and no pressure on the place that was hurt.",
                    FRACTURE),
            TriageRule.seeClinician(
                    Finding.CONSTANT_NIGHT_PAIN,
                    WITHIN_A_WEEK,
                    "Pain that does not ease with rest or a change of position, and is worst at night, can have a"
                            + " serious cause such as cancer." + WITHIN_DAYS,
                    cleared("Night pain"),
                    CANCER),
            TriageRule.seeClinician(
                    Finding.DEEP_VEIN_THROMBOSIS,
                    TODAY,
                    "A blood clot in a leg, or a suspected one, can travel to the lungs. See a doctor or urgent care"
                            + " today. No massage until a doctor says it is safe.",
                    "Blood clot, checked by a doctor: no massage of the leg with the clot.",
                    CLOT),
            TriageRule.seeClinician(
                    Finding.BLEEDING_DISORDER_OR_ANTICOAGULANTS,
                    BEFORE_MASSAGE,
                    "Bleeding easily, or taking blood thinners, makes bruising and bleeding from massage more likely."
                            + " Ask the doctor who prescribes them before you book. Light massage may be possible"
                            + " once they agree.",
                    "Blood thinners or easy bleeding, cleared by a doctor" + LIGHT_ONLY + ".",
                    CONTRAINDICATIONS),
            TriageRule.seeClinician(
                    Finding.RECENT_FRACTURE,
                    BEFORE_MASSAGE,
                    "A broken bone that is still healing can be hurt by massage. Ask your doctor before you book.",
                    "Healing broken bone, cleared by a doctor" + LIGHT_ONLY + ", and keep away from the break.",
                    CONTRAINDICATIONS),
            TriageRule.seeClinician(
                    Finding.ACUTE_INJURY,
                    BEFORE_MASSAGE,
                    "An injury in the last few days may have hurt muscles or bones. Ask a doctor before you book"
                            + " massage.",
                    cleared("Recent injury"),
                    CONTRAINDICATIONS),
            TriageRule.seeClinician(
                    Finding.SEVERE_DISC_PROBLEM,
                    BEFORE_MASSAGE,
                    "A disc problem with nerve pain or numbness can press on a nerve. Ask a doctor to check it before"
                            + " you book massage.",
                    cleared("Disc problem"),
                    CONTRAINDICATIONS),
            TriageRule.seeClinician(
                    Finding.RECENT_SURGERY,
                    BEFORE_MASSAGE,
                    "After an operation in the last 3 months, the body is still healing. Ask your surgeon before you"
                            + " book massage.",
                    "Recent operation: your surgeon said massage is fine. Keep away from the place of the operation.",
                    CONTRAINDICATIONS),
            TriageRule.precaution(
                    Finding.OSTEOPOROSIS,
                    "Thin bones" + LIGHT_ONLY + ". No deep tissue work and no forceful moves.",
                    PRECAUTIONS),
            TriageRule.precaution(
                    Finding.LONG_TERM_STEROIDS,
                    "Steroid tablets taken for 3 months or more can make bones and skin fragile" + LIGHT_ONLY + ".",
                    PRECAUTIONS),
            TriageRule.precaution(
                    Finding.PREGNANCY,
                    "Tell your midwife or doctor. Choose a therapist trained in pregnancy massage. Lie on your side,"
                            + " and not flat on your back later in pregnancy.",
                    PRECAUTIONS),
            TriageRule.precaution(
                    Finding.SKIN_PROBLEM_ON_BACK,
                    "A wound, rash, burn or skin infection on the back: the therapist must avoid that area.",
                    PRECAUTIONS),
            TriageRule.precaution(
                    Finding.HEART_CONDITION,
                    "A heart condition: tell your doctor, and ask for a gentle session.",
                    PRECAUTIONS),
            TriageRule.precaution(
                    Finding.FRAGILE_SKIN,
                    "Fragile skin: gentle, light pressure only, and no work on damaged areas.",
                    PRECAUTIONS),
            TriageRule.precaution(
                    Finding.HISTORY_OF_ABUSE_OR_TRAUMA,
                    "Choose a therapist trained in trauma-informed care. You decide which areas are touched, and"
                            + " you can stop at any time. You do not have to tell anyone why.",
                    PRECAUTIONS));

    private SafetyTriage() {}

    /** Section 2b, "for the others": follow what the doctor advised and tell the therapist. */
    private static String cleared(String what) {
        return what + ": a doctor has examined this and said massage is fine. Follow what the doctor advised, and"
                + " tell your therapist.";
    }

    public static Triage assess(Set<Finding> findings, int age) {
        return assess(findings, age, Set.of());
    }

    /**
     * @param cleared reason codes a clinician has cleared; each must be one of {@link #clearable}
     * @throws IllegalArgumentException when a code is not clearable for these findings (readers name it first)
     */
    public static Triage assess(Set<Finding> findings, int age, Set<String> cleared) {
        if (!cleared.isEmpty()) {
            Set<String> unclearable = new LinkedHashSet<>(cleared);
            unclearable.removeAll(clearable(findings, age));
            if (!unclearable.isEmpty()) {
                throw new IllegalArgumentException("These reasons did not fire or cannot be cleared: " + unclearable);
            }
        }
        List<TriageReason> reasons = new ArrayList<>(4);
        TriageLevel level = MASSAGE_SUITABLE;
        @Nullable Urgency urgency = null;
        for (TriageRule rule : RULES) {
            if (rule.firesFor(findings, age)) {
                TriageReason reason = cleared.contains(rule.code()) ? rule.clearedReason() : rule.reason();
                reasons.add(reason);
                if (reason.level().isMoreSevereThan(level)) {
                    level = reason.level();
                }
                urgency = Urgency.mostUrgent(urgency, reason.urgency());
            }
        }
        return new Triage(level, urgency, reasons);
    }

    /** The reason codes a clinician may clear for these findings: every SEE_CLINICIAN_FIRST reason that fires. */
    public static Set<String> clearable(Set<Finding> findings, int age) {
        Set<String> codes = new LinkedHashSet<>();
        for (TriageRule rule : RULES) {
            if (rule.clearable() && rule.firesFor(findings, age)) {
                codes.add(rule.code());
            }
        }
        return codes;
    }

    /** Every reason code that can ever be cleared, in the order of the rules. */
    public static List<String> clearableReasons() {
        return RULES.stream()
                .filter(TriageRule::clearable)
                .map(TriageRule::code)
                .distinct()
                .toList();
    }

    /** Whether a code names a reason that can ever be cleared (any SEE_CLINICIAN_FIRST rule). */
    public static boolean canEverBeCleared(String code) {
        return RULES.stream().anyMatch(rule -> rule.clearable() && rule.code().equals(code));
    }

    /** Whether a code names an EMERGENCY finding, which no clearance may name. */
    public static boolean isEmergency(String code) {
        return RULES.stream()
                .anyMatch(rule ->
                        rule.level() == TriageLevel.EMERGENCY && rule.code().equals(code));
    }
}
