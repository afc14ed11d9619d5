package kneadwise.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import kneadwise.accounts.AccountRefusals.TooManyAttempts;
import kneadwise.system.FieldProblem;
import kneadwise.system.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The web pages of accounts: sign up, log in, the account page, "who looked at my record", log out everywhere. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for ./kneadwise admin
@Controller
class AccountPages {

    private final Accounts accounts;
    private final AuditLog audit;
    private final ApiTokens tokens;
    private final WebSessions webSessions;
    private final EmailVerifications verifications;

    AccountPages(
            Accounts accounts,
            AuditLog audit,
            ApiTokens tokens,
            WebSessions webSessions,
            EmailVerifications verifications) {
        this.verifications = verifications;
        this.accounts = accounts;
        this.audit = audit;
        this.tokens = tokens;
        this.webSessions = webSessions;
    }

    @GetMapping("/signup")
    String signUpForm(Model model) {
        model.addAttribute("problems", Map.of());
        model.addAttribute("email", "");
        model.addAttribute("name", "");
        model.addAttribute("role", Role.PATIENT.name());
        return "accounts/signup";
    }

    @PostMapping("/signup")
    String signUp(
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String role,
            @RequestParam(required = false) @Nullable String password,
            HttpServletRequest http,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            SignUpRequest request = SignUpRequest.read(email, name, role, password);
            accounts.signUp(request.email(), request.password(), request.name(), request.role(), http.getRemoteAddr());
            return "redirect:/login?registered"; // the same whether or not the email had an account
        } catch (InvalidInputException invalid) {
            errors.putAll(FieldProblem.byField(invalid.problems()));
        } catch (TooManyAttempts throttled) {
            errors.put("email", String.valueOf(throttled.getMessage()));
        }
        model.addAttribute("problems", errors);
        model.addAttribute("email", email == null ? "" : email);
        model.addAttribute("name", name == null ? "" : name);
        model.addAttribute("role", role == null ? Role.PATIENT.name() : role);
        return "accounts/signup";
    }

    @GetMapping("/login")
    String loginForm() {
        return "accounts/login";
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal SignedIn me, Model model) {
        model.addAttribute("account", me.account());
        model.addAttribute("emailVerified", verifications.isVerified(me.id()));
        return "accounts/account";
    }

    @GetMapping("/account/audit")
    String whoLooked(@AuthenticationPrincipal SignedIn me, Model model) {
        model.addAttribute("events", audit.about(me.id()));
        return "accounts/audit";
    }

    /** Ends every web session and API token of the account, this one included. */
    @PostMapping("/account/logout-everywhere")
    @Transactional
    String logoutEverywhere(
            @AuthenticationPrincipal SignedIn me, HttpServletRequest request, HttpServletResponse response) {
        webSessions.endAllOf(me.id());
        tokens.revokeAll(me.id());
        audit.record(me.account(), me.id(), "account", "LOG_OUT_EVERYWHERE", AuditLog.ALLOWED);
        new SecurityContextLogoutHandler().logout(request, response, null);
        return "redirect:/login?signed-out";
    }
}
