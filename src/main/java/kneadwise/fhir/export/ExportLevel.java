package kneadwise.fhir.export;

/** Where an export was kicked off: the whole server, every patient, or one Group's members. */
enum ExportLevel {
    SYSTEM,
    PATIENT,
    GROUP
}
