package kneadwise.fhir;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A free start has no row of its own, so its Slot id names where and when: the schedule's (therapist's) id and the
 * start's epoch second, such as {@code 6f1c...-1796054400} (47 characters, within FHIR's 64).
 */
final class SlotIds {

    record SlotId(UUID schedule, Instant start) {}

    private SlotIds() {}

    static String of(UUID schedule, Instant start) {
        return schedule + "-" + start.getEpochSecond();
    }

    static Optional<SlotId> parse(String id) {
        int dash = id.lastIndexOf('-');
        if (dash != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SlotId(
                    UUID.fromString(id.substring(0, dash)),
                    Instant.ofEpochSecond(Long.parseLong(id.substring(dash + 1)))));
        } catch (IllegalArgumentException | java.time.DateTimeException notOurs) {
            return Optional.empty();
        }
    }
}
