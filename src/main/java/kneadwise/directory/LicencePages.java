package kneadwise.directory;

import kneadwise.accounts.SignedIn;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The administrator's page of licences to check against the state board's register, and of recent checks to undo.
 * The web chain admits administrators only under {@code /admin}.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class LicencePages {

    static final int SHOWN = 50;

    private final TherapistProfiles profiles;

    LicencePages(TherapistProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/admin/licences")
    String licences(Model model) {
        model.addAttribute("waiting", profiles.licencesToVerify(SHOWN));
        model.addAttribute("verified", profiles.recentlyVerified(SHOWN));
        return "directory/licences";
    }

    @PostMapping("/admin/licences/{therapistId}/verify")
    String verify(@AuthenticationPrincipal SignedIn me, @PathVariable("therapistId") String id) {
        profiles.verifyLicence(me.account(), LicenceVerificationApi.idOf(id));
        return "redirect:/admin/licences?verified";
    }

    @PostMapping("/admin/licences/{therapistId}/withdraw")
    String withdraw(@AuthenticationPrincipal SignedIn me, @PathVariable("therapistId") String id) {
        profiles.withdrawVerification(me.account(), LicenceVerificationApi.idOf(id));
        return "redirect:/admin/licences?withdrawn";
    }
}
