package kneadwise.checkin;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A check-in kept in a person's record, as other modules may see it once the viewer's access is checked: the intake
 * as answered (CONTRACT.md section 3) and the assessment given (section 4), both as their JSON documents.
 */
public record KeptCheckin(UUID id, UUID patientId, Instant at, JsonNode intake, JsonNode assessment) {}
