package kneadwise.accounts;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kneadwise.system.JsonInput;
import kneadwise.system.Mail;
import kneadwise.system.Mailer;
import kneadwise.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * A patient's control of who else sees their record ({@code /api/v1/me/access}): grant a therapist or invite a
 * clinician by email, list, revoke. Each change is in the audit log.
 */
@RestController
class MyAccessApi {

    record GrantView(UUID id, String email, String kind, Instant grantedAt) {}

    private final AccessGrants grants;
    private final AuditLog audit;
    private final Mailer mailer;
    private final Links links;

    MyAccessApi(AccessGrants grants, AuditLog audit, Mailer mailer, Links links) {
        this.grants = grants;
        this.audit = audit;
        this.mailer = mailer;
        this.links = links;
    }

    @PostMapping(path = "/api/v1/me/access", consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    GrantView grant(@AuthenticationPrincipal SignedIn me, @RequestBody JsonNode body) {
        JsonInput input = new JsonInput();
        String email = body.isObject() ? input.line(body, "email", "email") : input.problem("$", "must be an object");
        if (email != null && !SignUpRequest.EMAIL.matcher(email.strip()).matches()) {
            input.problem("email", "must be an email address, such as name@example.org");
        }
        AccessGrants.Kind kind = body.isObject() ? input.oneOf(AccessGrants.Kind.class, body, "kind", "kind") : null;
        input.throwIfInvalid("access grant");
        AccessGrants.Grant grant = grants.grant(me.id(), requireNonNull(email), requireNonNull(kind));
        audit.record(me.account(), me.id(), "access for " + grant.granteeEmail(), "GRANT", AuditLog.ALLOWED);
        mailer.send(new Mail(
                grant.granteeEmail(),
                me.account().name() + " shared their Kneadwise record with you",
                me.account().name() + " gave you access to their back pain record on Kneadwise: their answers,"
                        + " scores and progress. They can take it back at any time.\n\nLog in, or create an account"
                        + " with this email address, to see it: " + links.to("/login") + "\n"));
        return view(grant);
    }

    @GetMapping(path = "/api/v1/me/access", produces = "application/json")
    List<GrantView> standing(@AuthenticationPrincipal SignedIn me) {
        return grants.standing(me.id()).stream().map(MyAccessApi::view).toList();
    }

    @DeleteMapping("/api/v1/me/access/{grantId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void revoke(@AuthenticationPrincipal SignedIn me, @PathVariable UUID grantId) {
        if (!grants.revoke(me.id(), grantId)) {
            throw new NotFoundException("The access grant");
        }
        audit.record(me.account(), me.id(), "access grant " + grantId, "REVOKE", AuditLog.ALLOWED);
    }

    private static GrantView view(AccessGrants.Grant grant) {
        return new GrantView(grant.id(), grant.granteeEmail(), grant.kind().name(), grant.grantedAt());
    }
}
