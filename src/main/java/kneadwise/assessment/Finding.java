package kneadwise.assessment;

/**
 * What the person reports that bears on safety: red flags, reasons massage may be unsafe, and precautions
 * (CLINICAL.md section 2; the codes of CONTRACT.md section 3). {@link #MINOR_TRAUMA} and {@link #LONG_TERM_STEROIDS}
 * matter mainly in combination (possible fragility fracture).
 */
public enum Finding {
    SADDLE_NUMBNESS,
    BLADDER_OR_BOWEL_CHANGE,
    PROGRESSIVE_LEG_WEAKNESS,
    HISTORY_OF_CANCER,
    UNEXPLAINED_WEIGHT_LOSS,
    FEVER_OR_CHILLS,
    IV_DRUG_USE,
    IMMUNOSUPPRESSION,
    RECENT_BACTERIAL_INFECTION,
    MAJOR_TRAUMA,
    MINOR_TRAUMA,
    CONSTANT_NIGHT_PAIN,
    DEEP_VEIN_THROMBOSIS,
    BLEEDING_DISORDER_OR_ANTICOAGULANTS,
    RECENT_FRACTURE,
    ACUTE_INJURY,
    SEVERE_DISC_PROBLEM,
    OSTEOPOROSIS,
    LONG_TERM_STEROIDS,
    PREGNANCY,
    SKIN_PROBLEM_ON_BACK,
    HEART_CONDITION,
    FRAGILE_SKIN,
    RECENT_SURGERY,
    HISTORY_OF_ABUSE_OR_TRAUMA
}
