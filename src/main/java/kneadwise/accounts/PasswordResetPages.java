package kneadwise.accounts;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Forgot your password?": ask for a link by email, then set a new password with it. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class PasswordResetPages {

    private final PasswordResets resets;
    private final WebSessions webSessions;

    PasswordResetPages(PasswordResets resets, WebSessions webSessions) {
        this.resets = resets;
        this.webSessions = webSessions;
    }

    @GetMapping("/password-reset")
    String requestForm() {
        return "accounts/password-reset-request";
    }

    /** The same answer whether or not the email has an account. */
    @PostMapping("/password-reset")
    String request(@RequestParam(required = false) @Nullable String email) {
        if (email != null && !email.isBlank()) {
            resets.request(email);
        }
        return "redirect:/password-reset?sent";
    }

    @GetMapping("/password-reset/{token}")
    String newPasswordForm(@PathVariable String token, Model model) {
        model.addAttribute("usable", resets.usable(token));
        model.addAttribute("token", token);
        return "accounts/password-reset";
    }

    @PostMapping("/password-reset/{token}")
    String setNewPassword(
            @PathVariable String token, @RequestParam(required = false) @Nullable String password, Model model) {
        String problem = password == null
                ? "is required"
                : PasswordPolicy.problemWith(password, "").orElse(null);
        if (problem != null || password == null) {
            model.addAttribute("usable", resets.usable(token));
            model.addAttribute("token", token);
            model.addAttribute("error", "Password " + problem);
            return "accounts/password-reset";
        }
        Optional<UUID> account = resets.reset(token, password);
        if (account.isEmpty()) {
            model.addAttribute("usable", false);
            return "accounts/password-reset";
        }
        // A new password ends every session of the account, wherever it is.
        webSessions.endAllOf(account.get());
        return "redirect:/login?reset";
    }
}
