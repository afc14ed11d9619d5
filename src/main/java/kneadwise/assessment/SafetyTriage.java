package kneadwise.assessment;

import static kneadwise.assessment.TriageLevel.EMERGENCY;
import static kneadwise.assessment.TriageLevel.MASSAGE_SUITABLE;
import static kneadwise.assessment.TriageLevel.MASSAGE_WITH_PRECAUTIONS;
import static kneadwise.assessment.TriageLevel.SEE_CLINICIAN_FIRST;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Safety triage (CLINICAL.md section 2): every rule that fires is a reason; the level is the most severe reached.
 * Rules only ever add reasons, so adding a finding can never lower the level. Age alone changes nothing.
 */
public final class SafetyTriage {

    /** Minor trauma counts as a possible fragility fracture from this age on. */
    static final int FRAGILITY_AGE = 70;

    private static final String SPINAL_PATHWAYS = "UK spinal pathways; NICE NG59 context";
    private static final String RED_FLAGS = "AHCPR 1994; NHS pathways; ACP/APS 2007";
    private static final String CONTRAINDICATIONS = "NIH NCCAM, Massage therapy as CAM; seed article 004";
    private static final String PRECAUTIONS = "NIH NCCAM; practice guidance";

    static final List<TriageRule> RULES = List.of(
            TriageRule.on(
                    Finding.SADDLE_NUMBNESS,
                    EMERGENCY,
                    "Numbness around the genitals, buttocks or inner thighs can mean pressure on the nerves at the"
                            + " base of the spine. Get emergency care today.",
                    SPINAL_PATHWAYS),
            TriageRule.on(
                    Finding.BLADDER_OR_BOWEL_CHANGE,
                    EMERGENCY,
                    "New trouble passing urine, or new loss of control of bladder or bowel, can mean pressure on"
                            + " the nerves at the base of the spine. Get emergency care today.",
                    SPINAL_PATHWAYS),
            TriageRule.on(
                    Finding.PROGRESSIVE_LEG_WEAKNESS,
                    EMERGENCY,
                    "Leg weakness or numbness that is getting worse, or is in both legs, needs a doctor today."
                            + " Get emergency care.",
                    SPINAL_PATHWAYS),
            TriageRule.on(
                    Finding.HISTORY_OF_CANCER,
                    SEE_CLINICIAN_FIRST,
                    "You have had cancer. A doctor should check your back before massage, to rule out a link.",
                    RED_FLAGS),
            TriageRule.on(
                    Finding.UNEXPLAINED_WEIGHT_LOSS,
                    SEE_CLINICIAN_FIRST,
                    "Weight loss you cannot explain should be checked by a doctor before massage.",
                    RED_FLAGS),
            TriageRule.on(
                    Finding.FEVER_OR_CHILLS,
                    SEE_CLINICIAN_FIRST,
                    "Back pain with fever or chills can be a sign of infection. See a doctor before massage.",
                    RED_FLAGS),
            TriageRule.on(
                    Finding.IV_DRUG_USE,
                    SEE_CLINICIAN_FIRST,
                    "Injecting drugs raises the risk of an infection in the spine. See a doctor before massage.",
                    RED_FLAGS),
            TriageRule.on(
                    Finding.IMMUNOSUPPRESSION,
                    SEE_CLINICIAN_FIRST,
                    "Medicines or illness that weaken your immune system make an infection in the spine more"
                            + " likely. See a doctor before massage.",
                    RED_FLAGS),
            TriageRule.on(
                    Finding.RECENT_BACTERIAL_INFECTION,
                    SEE_CLINICIAN_FIRST,
                    "A recent infection can sometimes spread to the spine. See a doctor before massage.",
                    RED_FLAGS),
            TriageRule.on(
                    Finding.MAJOR_TRAUMA,
                    SEE_CLINICIAN_FIRST,
                    "After a bad fall or a road accident, a doctor should check for a broken bone before massage.",
                    RED_FLAGS),
            new TriageRule(
                    "POSSIBLE_FRAGILITY_FRACTURE",
                    SEE_CLINICIAN_FIRST,
                    (findings, age) -> findings.contains(Finding.MINOR_TRAUMA)
                            && (findings.contains(Finding.OSTEOPOROSIS)
                                    || findings.contains(Finding.LONG_TERM_STEROIDS)
                                    || age >= FRAGILITY_AGE),
                    "A small fall or strain can break a weak bone. With thin bones, long use of steroid tablets or"
                            + " age 70 or over, see a doctor before massage.",
                    RED_FLAGS),
            TriageRule.on(
                    Finding.CONSTANT_NIGHT_PAIN,
                    SEE_CLINICIAN_FIRST,
                    "Pain that does not ease with rest or a change of position, and is worst at night, should be"
                            + " checked by a doctor before massage.",
                    RED_FLAGS),
            TriageRule.on(
                    Finding.DEEP_VEIN_THROMBOSIS,
                    SEE_CLINICIAN_FIRST,
                    "Massage could move a blood clot. See a doctor before any massage.",
                    CONTRAINDICATIONS),
            TriageRule.on(
                    Finding.BLEEDING_DISORDER_OR_ANTICOAGULANTS,
                    SEE_CLINICIAN_FIRST,
                    "You bruise or bleed easily, or take blood thinners. Light massage may be possible once the"
                            + " doctor who prescribes them agrees.",
                    CONTRAINDICATIONS),
            TriageRule.on(
                    Finding.RECENT_FRACTURE,
                    SEE_CLINICIAN_FIRST,
                    "A broken bone that is still healing should not be massaged. Ask your doctor first.",
                    CONTRAINDICATIONS),
            TriageRule.on(
                    Finding.ACUTE_INJURY,
                    SEE_CLINICIAN_FIRST,
                    "The pain started with an injury in the last few days. Let a doctor check it before massage.",
                    CONTRAINDICATIONS),
            TriageRule.on(
                    Finding.SEVERE_DISC_PROBLEM,
                    SEE_CLINICIAN_FIRST,
                    "A disc problem with nerve symptoms should be checked by a doctor before massage.",
                    CONTRAINDICATIONS),
            new TriageRule(
                    Finding.OSTEOPOROSIS.name(),
                    MASSAGE_WITH_PRECAUTIONS,
                    (findings, age) -> findings.contains(Finding.OSTEOPOROSIS)
                            && !findings.contains(Finding.MINOR_TRAUMA)
                            && !findings.contains(Finding.MAJOR_TRAUMA),
                    "Thin bones: light pressure only. No deep tissue work and no forceful moves.",
                    PRECAUTIONS),
            TriageRule.on(
                    Finding.LONG_TERM_STEROIDS,
                    MASSAGE_WITH_PRECAUTIONS,
                    "Steroid tablets taken for 3 months or more can make bones and skin fragile. Light pressure"
                            + " only.",
                    PRECAUTIONS),
            TriageRule.on(
                    Finding.PREGNANCY,
                    MASSAGE_WITH_PRECAUTIONS,
                    "Tell your midwife or doctor. Choose a therapist trained in pregnancy massage, lying on your"
                            + " side.",
                    PRECAUTIONS),
            TriageRule.on(
                    Finding.SKIN_PROBLEM_ON_BACK,
                    MASSAGE_WITH_PRECAUTIONS,
                    "A wound, rash, burn or skin infection on the back: the therapist must avoid that area.",
                    PRECAUTIONS),
            TriageRule.on(
                    Finding.HEART_CONDITION,
                    MASSAGE_WITH_PRECAUTIONS,
                    "A heart condition: tell your doctor, and ask for a gentle session.",
                    PRECAUTIONS),
            TriageRule.on(
                    Finding.FRAGILE_SKIN,
                    MASSAGE_WITH_PRECAUTIONS,
                    "Fragile skin: gentle, light pressure only, and no work on damaged areas.",
                    PRECAUTIONS),
            TriageRule.on(
                    Finding.RECENT_SURGERY,
                    MASSAGE_WITH_PRECAUTIONS,
                    "Surgery in the last 3 months: ask your surgeon first. The therapist must be gentle and avoid"
                            + " the site.",
                    PRECAUTIONS),
            TriageRule.on(
                    Finding.HISTORY_OF_ABUSE_OR_TRAUMA,
                    MASSAGE_WITH_PRECAUTIONS,
                    "Choose a therapist trained in trauma-informed care. You decide which areas are touched, and"
                            + " you can stop at any time.",
                    PRECAUTIONS));

    private SafetyTriage() {}

    public static Triage assess(Set<Finding> findings, int age) {
        List<TriageReason> reasons = new ArrayList<>(4);
        TriageLevel level = MASSAGE_SUITABLE;
        for (TriageRule rule : RULES) {
            if (rule.firesFor(findings, age)) {
                reasons.add(rule.reason());
                if (rule.level().isMoreSevereThan(level)) {
                    level = rule.level();
                }
            }
        }
        return new Triage(level, reasons);
    }
}
