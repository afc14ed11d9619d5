package kneadwise.directory;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import kneadwise.accounts.Account;
import kneadwise.accounts.AuditLog;
import kneadwise.accounts.Role;
import kneadwise.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Therapists write their own directory profile; administrators verify licences. A changed licence state or number
 * loses its verification, since what was checked is no longer what is shown. Every change is audited.
 */
@Service
class TherapistProfiles {

    static final String RECORD = "therapist-profile";
    static final String VERIFY = "VERIFY_LICENCE";
    static final String WITHDRAW = "WITHDRAW_LICENCE_VERIFICATION";
    private static final String ONLY_THERAPISTS = "Only therapists have a directory profile.";

    private final Therapists therapists;
    private final AuditLog audit;
    private final Clock clock;

    TherapistProfiles(Therapists therapists, AuditLog audit, Clock clock) {
        this.therapists = therapists;
        this.audit = audit;
        this.clock = clock;
    }

    /** The therapist's own profile, if they have written one; 403 for anyone who is not a therapist. */
    Optional<Therapist> mine(Account me) {
        return therapists.ownedBy(me, ONLY_THERAPISTS);
    }

    @Transactional
    Therapist save(Account me, Therapist profile) {
        Optional<Therapist> before = therapists.ownedBy(me, ONLY_THERAPISTS);
        if (before.isEmpty()) {
            Therapist created = profile(UUID.randomUUID(), me, profile, null);
            if (therapists.addIfTheAccountHasNone(created)) {
                audit.record(me, me.id(), RECORD, AuditLog.CREATE, AuditLog.ALLOWED);
                return created;
            }
            // Saved from two places at once: the other one's profile is there now, so this save updates it.
            before = therapists.ofAccount(me.id());
        }
        Therapist updated = profile(before.orElseThrow().id(), me, profile, before.orElseThrow());
        therapists.update(updated);
        audit.record(me, me.id(), RECORD, AuditLog.UPDATE, AuditLog.ALLOWED);
        return updated;
    }

    @Transactional
    Therapist verifyLicence(Account admin, UUID therapistId) {
        requireAdmin(admin);
        if (!therapists.verifyLicence(therapistId, admin.id(), clock.instant())) {
            throw new NotFoundException("a therapist with a licence number, id " + therapistId);
        }
        Therapist verified = therapists.find(therapistId).orElseThrow();
        audit.record(admin, verified.accountId(), RECORD, VERIFY, AuditLog.ALLOWED);
        return verified;
    }

    @Transactional
    Therapist withdrawVerification(Account admin, UUID therapistId) {
        requireAdmin(admin);
        if (!therapists.withdrawLicenceVerification(therapistId)) {
            throw new NotFoundException("therapist " + therapistId);
        }
        Therapist withdrawn = therapists.find(therapistId).orElseThrow();
        audit.record(admin, withdrawn.accountId(), RECORD, WITHDRAW, AuditLog.ALLOWED);
        return withdrawn;
    }

    List<Therapist> licencesToVerify(int limit) {
        return therapists.licencesToVerify(limit);
    }

    List<Therapist> recentlyVerified(int limit) {
        return therapists.recentlyVerified(limit);
    }

    /**
     * The written profile as this therapist's. The verification stands only while what an administrator checked stays
     * the same: the name, the licence's state and number, and the practice's address (issue 16); a change of any of
     * them must be checked again.
     */
    private static Therapist profile(UUID id, Account me, Therapist written, @Nullable Therapist before) {
        if (before != null
                && Objects.equals(before.name(), written.name())
                && Objects.equals(before.licenceState(), written.licenceState())
                && Objects.equals(before.licenceNumber(), written.licenceNumber())
                && Objects.equals(before.address(), written.address())
                && Objects.equals(before.postalCode(), written.postalCode())) {
            return written.ownedBy(id, me.id(), before.licenceVerifiedBy(), before.licenceVerifiedAt());
        }
        return written.ownedBy(id, me.id(), null, null);
    }

    private static void requireAdmin(Account me) {
        if (me.role() != Role.SYSTEM_ADMIN) {
            throw new AccessDeniedException("Only administrators verify licences.");
        }
    }
}
