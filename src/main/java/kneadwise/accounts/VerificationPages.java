package kneadwise.accounts;

import kneadwise.system.NotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The pages mailed links open: confirming an email address, and accepting an invitation to see someone's record
 * (signed in, with a confirmed address). Opening a page changes nothing; its button does.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class VerificationPages {

    private final EmailVerifications verifications;
    private final AccessGrants grants;
    private final AccountRepository accounts;
    private final Invitations invitations;

    VerificationPages(
            EmailVerifications verifications,
            AccessGrants grants,
            AccountRepository accounts,
            Invitations invitations) {
        this.verifications = verifications;
        this.grants = grants;
        this.accounts = accounts;
        this.invitations = invitations;
    }

    @GetMapping("/verify-email/{token}")
    String confirmForm(@PathVariable String token, Model model) {
        model.addAttribute("verified", false);
        model.addAttribute("usable", verifications.usable(token));
        model.addAttribute("token", token);
        return "accounts/verify-email";
    }

    @PostMapping("/verify-email/{token}")
    String confirm(@PathVariable String token, Model model) {
        boolean verified = verifications.verify(token).isPresent();
        model.addAttribute("verified", verified);
        model.addAttribute("usable", false);
        return "accounts/verify-email";
    }

    @PostMapping("/account/email-verification")
    String sendAgain(@AuthenticationPrincipal SignedIn me) {
        verifications.sendAgain(me.account());
        return "redirect:/account?verification-sent";
    }

    @GetMapping("/invitations/{token}")
    String invitation(@AuthenticationPrincipal SignedIn me, @PathVariable String token, Model model) {
        model.addAttribute("accepted", false);
        model.addAttribute("token", token);
        model.addAttribute("emailVerified", verifications.isVerified(me.id()));
        var invited = grants.invitation(token)
                .filter(invitation -> !invitation.patientId().equals(me.id()));
        model.addAttribute("usable", invited.isPresent());
        invited.ifPresent(invitation -> {
            model.addAttribute(
                    "inviterName",
                    accounts.find(invitation.patientId()).map(Account::name).orElse(""));
            model.addAttribute(
                    "role",
                    invitation.kind() == AccessGrants.Kind.THERAPIST ? "their massage therapist" : "a clinician");
        });
        return "accounts/invitation";
    }

    @PostMapping("/invitations/{token}")
    String accept(@AuthenticationPrincipal SignedIn me, @PathVariable String token, Model model) {
        boolean verified = verifications.isVerified(me.id());
        boolean accepted = false;
        if (verified) {
            try {
                invitations.accept(me, token);
                accepted = true;
            } catch (NotFoundException gone) {
                accepted = false;
            }
        }
        model.addAttribute("accepted", accepted);
        model.addAttribute("usable", false);
        model.addAttribute("emailVerified", verified);
        return "accounts/invitation";
    }
}
