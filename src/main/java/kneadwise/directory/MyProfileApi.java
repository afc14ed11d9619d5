package kneadwise.directory;

import kneadwise.accounts.SignedIn;
import kneadwise.system.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** A therapist reads and writes their own directory profile (others get 403). */
@RestController
class MyProfileApi {

    private final TherapistProfiles profiles;
    private final PostalCodes postalCodes;

    MyProfileApi(TherapistProfiles profiles, PostalCodes postalCodes) {
        this.profiles = profiles;
        this.postalCodes = postalCodes;
    }

    @GetMapping(path = "/api/v1/me/therapist-profile", produces = "application/json")
    TherapistsApi.Profile mine(@AuthenticationPrincipal SignedIn me) {
        return TherapistsApi.Profile.of(profiles.mine(me.account())
                .orElseThrow(() -> new NotFoundException("your therapist profile (make one with PUT)")));
    }

    /** Creates the profile the first time, replaces it afterwards; 400 names every bad field. */
    @PutMapping(path = "/api/v1/me/therapist-profile", produces = "application/json")
    TherapistsApi.Profile save(@AuthenticationPrincipal SignedIn me, @RequestBody JsonNode body) {
        profiles.mine(me.account()); // 403 before reading a non-therapist's input
        Therapist checked = ProfileForm.of(body).check(postalCodes);
        return TherapistsApi.Profile.of(profiles.save(me.account(), checked));
    }
}
