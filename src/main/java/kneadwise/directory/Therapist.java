package kneadwise.directory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A therapist's directory profile.
 *
 * @param licenceVerifiedAt when an administrator checked the licence, null until then
 * @param languages ISO 639-1 codes, such as {@code en} and {@code es}
 * @param cancellationNoticeHours the notice rule: patients cannot cancel or move a session later than this before it
 */
public record Therapist(
        UUID id,
        @Nullable UUID accountId,
        String name,
        @Nullable String licenceState,
        @Nullable String licenceNumber,
        @Nullable UUID licenceVerifiedBy,
        @Nullable Instant licenceVerifiedAt,
        List<String> certifications,
        List<Technique> techniques,
        boolean pregnancyTrained,
        boolean traumaInformed,
        List<String> languages,
        @Nullable String gender,
        BigDecimal pricePerSession,
        List<String> insurance,
        @Nullable String address,
        @Nullable String postalCode,
        GeoPoint location,
        int sessionMinutes,
        ZoneId timeZone,
        int cancellationNoticeHours) {

    public Therapist {
        certifications = List.copyOf(certifications);
        techniques = List.copyOf(techniques);
        languages = List.copyOf(languages);
        insurance = List.copyOf(insurance);
    }

    /** This profile under another id and account, with the given licence verification. */
    Therapist ownedBy(UUID newId, UUID account, @Nullable UUID verifiedBy, @Nullable Instant verifiedAt) {
        return new Therapist(
                newId,
                account,
                name,
                licenceState,
                licenceNumber,
                verifiedBy,
                verifiedAt,
                certifications,
                techniques,
                pregnancyTrained,
                traumaInformed,
                languages,
                gender,
                pricePerSession,
                insurance,
                address,
                postalCode,
                location,
                sessionMinutes,
                timeZone,
                cancellationNoticeHours);
    }
}
