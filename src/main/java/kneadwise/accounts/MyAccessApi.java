package kneadwise.accounts;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kneadwise.accounts.AccountRefusals.TooManyAttempts;
import kneadwise.system.JsonInput;
import kneadwise.system.NotFoundException;
import org.jspecify.annotations.Nullable;
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
 * A patient's control of who else sees their record ({@code /api/v1/me/access}): invite a therapist or a clinician
 * by email, list, revoke; and the invited person's side, accepting an invitation by its link's secret
 * ({@code /api/v1/me/invitations}). Each change is in the audit log.
 */
@RestController
class MyAccessApi {

    /** Invitations one patient may send a day (issue 16, item 4): each is a mail to an address they typed. */
    static final int INVITATIONS_PER_DAY = 10;

    record GrantView(
            UUID id,
            String email,
            String kind,
            String status,
            Instant grantedAt,
            @Nullable Instant acceptedAt) {}

    record AcceptedView(UUID grantId, UUID patientId, String kind) {}

    private final AccessGrants grants;
    private final InvitationMails invitationMails;
    private final ActionLimits limits;
    private final Invitations invitations;
    private final AuditLog audit;

    MyAccessApi(
            AccessGrants grants,
            InvitationMails invitationMails,
            ActionLimits limits,
            Invitations invitations,
            AuditLog audit) {
        this.grants = grants;
        this.invitationMails = invitationMails;
        this.limits = limits;
        this.invitations = invitations;
        this.audit = audit;
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
        AccessGrants.Invitation invitation = grants.invite(me.id(), requireNonNull(email), requireNonNull(kind));
        AccessGrants.Grant grant = invitation.grant();
        if (invitation.token() != null) {
            limits.take("invitation:" + me.id(), INVITATIONS_PER_DAY, Duration.ofDays(1))
                    .ifPresent(wait -> {
                        throw new TooManyAttempts("invitations today", wait);
                    });
            invitationMails.send(me.account(), grant, invitation.token());
        }
        audit.record(me.account(), me.id(), "access for " + grant.granteeEmail(), "GRANT", AuditLog.ALLOWED);
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

    /** The invited person accepts, signed in with a verified email, by the secret of the link mailed to them. */
    @PostMapping(path = "/api/v1/me/invitations", consumes = "application/json", produces = "application/json")
    @Transactional
    AcceptedView accept(@AuthenticationPrincipal SignedIn me, @RequestBody JsonNode body) {
        JsonInput input = new JsonInput();
        String token = body.isObject() ? input.line(body, "token", "token") : input.problem("$", "must be an object");
        input.throwIfInvalid("invitation");
        AccessGrants.Invited accepted = invitations.accept(me, requireNonNull(token));
        return new AcceptedView(
                accepted.grantId(), accepted.patientId(), accepted.kind().name());
    }

    private static GrantView view(AccessGrants.Grant grant) {
        return new GrantView(
                grant.id(),
                grant.granteeEmail(),
                grant.kind().name(),
                grant.accepted() ? "ACCEPTED" : "INVITED",
                grant.grantedAt(),
                grant.acceptedAt());
    }
}
