package kneadwise.directory;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What a person asks the directory for: within a radius of a point, with optional filters. */
public record TherapistSearch(
        GeoPoint near,
        double radiusKm,
        @Nullable Technique technique,
        @Nullable BigDecimal maxPrice,
        @Nullable String language,
        boolean pregnancyTrained,
        int limit) {}
