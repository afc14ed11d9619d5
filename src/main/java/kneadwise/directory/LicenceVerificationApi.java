package kneadwise.directory;

import java.util.List;
import java.util.UUID;
import kneadwise.accounts.SignedIn;
import kneadwise.system.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators (the API chain admits only them under {@code /api/v1/admin}) list licences waiting for a check and
 * record that one was verified, or withdraw that.
 */
@RestController
class LicenceVerificationApi {

    static final int PAGE = 100;

    private final TherapistProfiles profiles;

    LicenceVerificationApi(TherapistProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping(path = "/api/v1/admin/licences/unverified", produces = "application/json")
    List<TherapistsApi.Profile> waiting() {
        return profiles.licencesToVerify(PAGE).stream()
                .map(TherapistsApi.Profile::of)
                .toList();
    }

    @PostMapping(path = "/api/v1/admin/therapists/{therapistId}/licence-verification", produces = "application/json")
    TherapistsApi.Profile verify(@AuthenticationPrincipal SignedIn me, @PathVariable("therapistId") String id) {
        return TherapistsApi.Profile.of(profiles.verifyLicence(me.account(), idOf(id)));
    }

    @DeleteMapping(path = "/api/v1/admin/therapists/{therapistId}/licence-verification", produces = "application/json")
    TherapistsApi.Profile withdraw(@AuthenticationPrincipal SignedIn me, @PathVariable("therapistId") String id) {
        return TherapistsApi.Profile.of(profiles.withdrawVerification(me.account(), idOf(id)));
    }

    static UUID idOf(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("therapist " + id);
        }
    }
}
