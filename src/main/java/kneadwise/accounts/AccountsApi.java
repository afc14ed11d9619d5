package kneadwise.accounts;

import static java.util.Objects.requireNonNull;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kneadwise.system.JsonInput;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The accounts API of CONTRACT.md section 7: sign up, get a token, the person's own account, audit and export. */
@RestController
class AccountsApi {

    /** The same answer whether or not the email had an account (CONTRACT.md section 7, version 2). */
    record SignUpReceived(String email, String verification) {}

    record Token(String token, Instant expiresAt) {}

    record Me(UUID id, String email, boolean emailVerified, String name, String role, Instant createdAt) {}

    record Access(Instant at, String actor, String action, String record, String result) {}

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final List<PersonalData> personalData;
    private final EmailVerifications verifications;

    AccountsApi(
            Accounts accounts,
            ApiTokens tokens,
            AuditLog audit,
            List<PersonalData> personalData,
            EmailVerifications verifications) {
        this.accounts = accounts;
        this.verifications = verifications;
        this.tokens = tokens;
        this.audit = audit;
        this.personalData = personalData;
    }

    @PostMapping(path = "/api/v1/accounts", consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SignUpReceived signUp(@RequestBody JsonNode body, HttpServletRequest http) {
        SignUpRequest request = SignUpRequest.read(body);
        accounts.signUp(request.email(), request.password(), request.name(), request.role(), http.getRemoteAddr());
        return new SignUpReceived(request.email().strip(), "SENT");
    }

    @PostMapping(path = "/api/v1/tokens", consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    Token token(@RequestBody JsonNode body, HttpServletRequest request) {
        JsonInput input = new JsonInput();
        String email = body.isObject() ? input.line(body, "email", "email") : input.problem("$", "must be an object");
        String password = body.isObject() ? input.string(body, "password", "password") : null;
        input.throwIfInvalid("login");
        Account account = accounts.signIn(requireNonNull(email), requireNonNull(password), request.getRemoteAddr());
        ApiTokens.IssuedToken token = tokens.issue(account);
        return new Token(token.token(), token.expiresAt());
    }

    @GetMapping(path = "/api/v1/me", produces = "application/json")
    Me me(@AuthenticationPrincipal SignedIn me) {
        Account account = me.account();
        return new Me(
                account.id(),
                account.email(),
                verifications.isVerified(account.id()),
                account.name(),
                account.role().name(),
                account.createdAt());
    }

    @GetMapping(path = "/api/v1/me/audit", produces = "application/json")
    List<Access> myAudit(@AuthenticationPrincipal SignedIn me) {
        return audit.about(me.id()).stream()
                .map(event ->
                        new Access(event.at(), event.actorLabel(), event.action(), event.record(), event.result()))
                .toList();
    }

    @GetMapping(path = "/api/v1/me/export", produces = "application/json")
    @Transactional
    Map<String, Object> export(@AuthenticationPrincipal SignedIn me) {
        audit.record(me.account(), me.id(), "everything", AuditLog.EXPORT, AuditLog.ALLOWED);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("account", me(me));
        for (PersonalData data : personalData) {
            export.put(data.section(), data.exportFor(me.id()));
        }
        export.put("audit", myAudit(me));
        return export;
    }

    @DeleteMapping("/api/v1/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal SignedIn me) {
        accounts.delete(me.account());
    }
}
