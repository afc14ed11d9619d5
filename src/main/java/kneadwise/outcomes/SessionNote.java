package kneadwise.outcomes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kneadwise.directory.Technique;

/** The therapist's structured (SOAP) note of one session. */
public record SessionNote(
        UUID courseId,
        int session,
        String subjective,
        List<BodyRegion> regions,
        List<Technique> techniques,
        Pressure pressure,
        int minutes,
        String response,
        String plan,
        Instant writtenAt) {

    public enum Pressure {
        LIGHT,
        MEDIUM,
        FIRM
    }

    public SessionNote {
        regions = List.copyOf(regions);
        techniques = List.copyOf(techniques);
    }
}
