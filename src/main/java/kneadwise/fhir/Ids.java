package kneadwise.fhir;

import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.IdType;

/** Our records' ids are UUIDs: anything else in an id is simply not found. */
final class Ids {

    private Ids() {}

    static Optional<UUID> uuid(IdType id) {
        try {
            return Optional.of(UUID.fromString(id.getIdPart()));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    /** The UUID an id made of a record's id and more begins with ({@code <uuid>-pain}, {@code <uuid>-note-2}). */
    static Optional<UUID> leadingUuid(String id) {
        return id.length() > 37 && id.charAt(36) == '-' ? uuid(new IdType(id.substring(0, 36))) : Optional.empty();
    }
}
