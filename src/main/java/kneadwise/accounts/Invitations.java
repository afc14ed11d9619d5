package kneadwise.accounts;

import kneadwise.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invited person's side of consent: accepting a patient's invitation by the secret of the link mailed to them,
 * signed in with a verified email (decision 0024). The API ({@code MyAccessApi}) and the invitation page
 * ({@code VerificationPages}) both accept through here.
 */
@Service
class Invitations {

    private final AccessGrants grants;
    private final EmailVerifications verifications;
    private final AuditLog audit;

    Invitations(AccessGrants grants, EmailVerifications verifications, AuditLog audit) {
        this.grants = grants;
        this.verifications = verifications;
        this.audit = audit;
    }

    /**
     * @throws AccountRefusals.EmailNotVerified when the account has not proven its email
     * @throws NotFoundException when the link is unknown, used, expired, revoked, or the patient's own
     */
    @Transactional
    AccessGrants.Invited accept(SignedIn me, String token) {
        if (!verifications.isVerified(me.id())) {
            throw new AccountRefusals.EmailNotVerified();
        }
        AccessGrants.Invited accepted =
                grants.accept(token, me.id()).orElseThrow(() -> new NotFoundException("The invitation"));
        audit.record(
                me.account(), accepted.patientId(), "access grant " + accepted.grantId(), "ACCEPT", AuditLog.ALLOWED);
        return accepted;
    }
}
