package kneadwise.accounts;

/** What an account may do. Only patients and therapists sign themselves up; the others are given. */
public enum Role {
    PATIENT,
    THERAPIST,
    CLINIC_ADMIN,
    EVIDENCE_EDITOR,
    SYSTEM_ADMIN;

    boolean canSignUpThemselves() {
        return this == PATIENT || this == THERAPIST;
    }
}
