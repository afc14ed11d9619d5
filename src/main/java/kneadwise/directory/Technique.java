package kneadwise.directory;

/** Massage techniques a therapist offers (CLINICAL.md section 6: none is shown better than another for back pain). */
public enum Technique {
    SWEDISH,
    DEEP_TISSUE,
    MYOFASCIAL_RELEASE,
    TRIGGER_POINT,
    STRUCTURAL_INTEGRATION,
    SPORTS,
    PREGNANCY,
    LYMPHATIC_DRAINAGE
}
