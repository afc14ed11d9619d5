package kneadwise.directory;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** One therapist found by a search, with what booking needs to work out their next possible course start. */
public record TherapistMatch(
        UUID id,
        String name,
        double distanceKm,
        BigDecimal pricePerSession,
        List<Technique> techniques,
        ZoneId timeZone,
        int sessionMinutes) {}
