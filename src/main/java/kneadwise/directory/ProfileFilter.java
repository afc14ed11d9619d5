package kneadwise.directory;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which public profiles a listing asks for (the FHIR directory's searches); every part is optional and they combine.
 *
 * @param near with {@code radiusKm}: practices within that distance, listed nearest first (by id otherwise)
 * @param changedFrom profiles last changed at or after this moment
 * @param changedUntil profiles last changed at or before this moment
 */
public record ProfileFilter(
        @Nullable UUID id,
        @Nullable GeoPoint near,
        double radiusKm,
        @Nullable Technique technique,
        @Nullable String postalCode,
        @Nullable Instant changedFrom,
        @Nullable Instant changedUntil) {

    /** Every profile. */
    public static ProfileFilter all() {
        return new ProfileFilter(null, null, 0, null, null, null, null);
    }

    public ProfileFilter withId(UUID newId) {
        return new ProfileFilter(newId, near, radiusKm, technique, postalCode, changedFrom, changedUntil);
    }

    public ProfileFilter near(GeoPoint point, double km) {
        return new ProfileFilter(id, point, km, technique, postalCode, changedFrom, changedUntil);
    }

    public ProfileFilter withTechnique(Technique newTechnique) {
        return new ProfileFilter(id, near, radiusKm, newTechnique, postalCode, changedFrom, changedUntil);
    }

    public ProfileFilter inPostalCode(String zip) {
        return new ProfileFilter(id, near, radiusKm, technique, zip, changedFrom, changedUntil);
    }

    public ProfileFilter changedBetween(@Nullable Instant from, @Nullable Instant until) {
        return new ProfileFilter(id, near, radiusKm, technique, postalCode, from, until);
    }
}
