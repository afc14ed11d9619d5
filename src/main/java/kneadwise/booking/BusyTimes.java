package kneadwise.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Busy times to check a session against, held as layers that never overlap within themselves (the database's
 * exclusion constraints guarantee that for one therapist's calendar and for one patient's sessions), so one binary
 * search per layer finds a clash.
 */
final class BusyTimes {

    private final List<List<Busy>> layers = new ArrayList<>();

    static BusyTimes of(List<Busy> therapistCalendar) {
        return new BusyTimes().and(therapistCalendar);
    }

    /** Adds a layer, such as the patient's own sessions with any therapist. */
    BusyTimes and(List<Busy> layer) {
        layers.add(layer.stream().sorted(Comparator.comparing(Busy::start)).toList());
        return this;
    }

    Optional<Busy> clash(Instant start, Instant end) {
        for (List<Busy> layer : layers) {
            int last = lastStartingBefore(layer, end);
            if (last >= 0 && layer.get(last).overlaps(start, end)) {
                return Optional.of(layer.get(last));
            }
        }
        return Optional.empty();
    }

    /** The index of the last entry starting before {@code end}, or -1. */
    private static int lastStartingBefore(List<Busy> layer, Instant end) {
        int low = 0;
        int high = layer.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (layer.get(middle).start().isBefore(end)) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }
}
