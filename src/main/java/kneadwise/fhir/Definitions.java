package kneadwise.fhir;

import java.time.Instant;
import java.util.Date;
import org.hl7.fhir.r4.model.Meta;

/** Where our own FHIR definitions live (CONTRACT.md section 10) and which edition of them is served. */
final class Definitions {

    /** Canonical URLs of our own definitions start here. */
    static final String BASE = "http://kneadwise.invalid/fhir/";

    /** The definitions follow version 2 of CLINICAL.md (2026-11-28). */
    static final String VERSION = "2";

    static final Instant UPDATED = Instant.parse("2026-11-28T00:00:00Z");

    private Definitions() {}

    static String canonical(String type, String id) {
        return BASE + type + "/" + id;
    }

    /** Every served resource has a version and a time of last change. */
    static Meta meta() {
        return new Meta().setVersionId(VERSION).setLastUpdated(Date.from(UPDATED));
    }
}
