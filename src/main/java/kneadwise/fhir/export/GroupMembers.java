package kneadwise.fhir.export;

import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kneadwise.booking.TherapistClients;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Groups an export can name (CONTRACT.md section 11): {@code Group/research}, every patient; and one per practice,
 * {@code Group/{therapist id}}, everyone who booked a course with that therapist.
 */
@Component
class GroupMembers {

    private final TherapistClients clients;

    GroupMembers(TherapistClients clients) {
        this.clients = clients;
    }

    /** 404 unless the Group exists. */
    void requireExists(String groupId) {
        if (!groupId.equals(ExportRequest.RESEARCH_GROUP) && practice(groupId).isEmpty()) {
            throw new ResourceNotFoundException(
                    "Group/" + groupId + " is not a group here: name Group/research or" + " a practitioner's id.");
        }
    }

    /** The patients whose data the export covers, or null for every patient. */
    UUID @Nullable [] of(ExportRequest request) {
        if (request.level() != ExportLevel.GROUP || request.research()) {
            return null;
        }
        // a therapist removed since the kick-off has no clients left to export
        return practice(String.valueOf(request.groupId()))
                .map(members -> members.toArray(UUID[]::new))
                .orElse(new UUID[0]);
    }

    private Optional<List<UUID>> practice(String groupId) {
        try {
            UUID therapist = UUID.fromString(groupId);
            return therapist.toString().equals(groupId) ? clients.of(therapist) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
