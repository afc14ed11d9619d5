package kneadwise.directory;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a person asks the directory for: within a radius of a point, with optional filters.
 *
 * @param insurance an insurer's name as therapists list it, matched without regard to letter case
 * @param gender the therapist's gender as they describe it (female, male, non-binary), for people who prefer one
 */
public record TherapistSearch(
        GeoPoint near,
        double radiusKm,
        @Nullable Technique technique,
        @Nullable BigDecimal maxPrice,
        @Nullable String language,
        boolean pregnancyTrained,
        @Nullable String insurance,
        @Nullable String gender,
        int limit) {

    TherapistSearch withPregnancyTrained() {
        return new TherapistSearch(near, radiusKm, technique, maxPrice, language, true, insurance, gender, limit);
    }

    TherapistSearch withLimit(int newLimit) {
        return new TherapistSearch(
                near, radiusKm, technique, maxPrice, language, pregnancyTrained, insurance, gender, newLimit);
    }
}
