package kneadwise.directory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kneadwise.accounts.SignedIn;
import kneadwise.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public directory (CONTRACT.md section 8): search within a radius of a point or a US ZIP code, with each
 * therapist's next possible course start, and a therapist's public profile. A signed-in person whose latest
 * check-in found a pregnancy sees pregnancy-trained therapists only, unless they say otherwise, and is told so.
 */
@RestController
class TherapistsApi {

    /** @param notes what the directory did on its own, in plain words (such as the pregnancy filter) */
    record Results(List<Result> results, List<String> notes) {}

    record Result(
            UUID id,
            String name,
            double distanceKm,
            BigDecimal pricePerSession,
            List<Technique> techniques,
            @Nullable String nextCourseStart) {}

    record Profile(
            UUID id,
            String name,
            @Nullable Licence licence,
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
            String timeZone,
            int cancellationNoticeHours,
            OutcomeRecords.@Nullable Published outcomeRecord) {

        static Profile of(Therapist therapist) {
            return of(therapist, null);
        }

        /** @param outcomeRecord the therapist's published outcome record; null when not published */
        static Profile of(Therapist therapist, OutcomeRecords.@Nullable Published outcomeRecord) {
            Licence licence = therapist.licenceNumber() == null
                    ? null
                    : new Licence(
                            therapist.licenceState(),
                            therapist.licenceNumber(),
                            therapist.licenceVerifiedAt() != null,
                            therapist.licenceVerifiedAt() == null
                                    ? null
                                    : therapist.licenceVerifiedAt().toString());
            return new Profile(
                    therapist.id(),
                    therapist.name(),
                    licence,
                    therapist.certifications(),
                    therapist.techniques(),
                    therapist.pregnancyTrained(),
                    therapist.traumaInformed(),
                    therapist.languages(),
                    therapist.gender(),
                    therapist.pricePerSession(),
                    therapist.insurance(),
                    therapist.address(),
                    therapist.postalCode(),
                    therapist.location(),
                    therapist.sessionMinutes(),
                    therapist.timeZone().getId(),
                    therapist.cancellationNoticeHours(),
                    outcomeRecord);
        }
    }

    record Licence(
            @Nullable String state,
            @Nullable String number,
            boolean verified,
            @Nullable String verifiedAt) {}

    private final Therapists therapists;
    private final PersonalSearch personal;
    private final OutcomeRecords outcomeRecords;

    TherapistsApi(Therapists therapists, PersonalSearch personal, OutcomeRecords outcomeRecords) {
        this.therapists = therapists;
        this.personal = personal;
        this.outcomeRecords = outcomeRecords;
    }

    @GetMapping(path = "/api/v1/therapists", produces = "application/json")
    Results search(@AuthenticationPrincipal @Nullable SignedIn me, @RequestParam Map<String, String> query) {
        PersonalSearch.Answer answer = personal.run(me, query);
        List<Result> results = answer.found().stream()
                .map(found -> new Result(
                        found.therapist().id(),
                        found.therapist().name(),
                        Math.round(found.therapist().distanceKm() * 10) / 10.0,
                        found.therapist().pricePerSession(),
                        found.therapist().techniques(),
                        found.nextCourseStart() == null
                                ? null
                                : found.nextCourseStart().toOffsetDateTime().toString()))
                .toList();
        return new Results(results, answer.notes());
    }

    @GetMapping(path = "/api/v1/therapists/{therapistId}", produces = "application/json")
    Profile profile(@PathVariable("therapistId") String id) {
        UUID therapistId;
        try {
            therapistId = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("therapist " + id);
        }
        Therapist therapist = therapists.find(therapistId).orElseThrow(() -> new NotFoundException("therapist " + id));
        return Profile.of(therapist, outcomeRecords.publishedFor(therapist.id()).orElse(null));
    }
}
