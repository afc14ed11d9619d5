package kneadwise.directory;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** One search result (CONTRACT.md section 8); the next possible course start comes with booking. */
public record TherapistMatch(
        UUID id, String name, double distanceKm, BigDecimal pricePerSession, List<Technique> techniques) {}
