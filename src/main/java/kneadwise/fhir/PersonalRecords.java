package kneadwise.fhir;

import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kneadwise.accounts.Account;
import kneadwise.accounts.AccountLookup;
import kneadwise.accounts.AuditLog;
import kneadwise.accounts.RecordAccess;
import kneadwise.accounts.Role;
import kneadwise.accounts.SignedIn;
import kneadwise.checkin.CheckinHistory;
import kneadwise.checkin.KeptCheckin;
import kneadwise.system.FieldProblem;
import org.hl7.fhir.r4.model.IdType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The one way the FHIR providers reach a person's record: as the caller the bearer token signed in, under exactly the
 * API's access rules (the person; their therapist while a course links them; a clinician they invited), each look
 * audited by the module that owns the record. Whatever the caller may not see is simply absent, so a provider answers
 * 404 or leaves it out of a search, as for a record that does not exist.
 */
@Component
class PersonalRecords {

    static final String PATIENT_RECORD = "fhir Patient";

    private final CheckinHistory checkins;
    private final AccountLookup accounts;
    private final RecordAccess access;
    private final AuditLog audit;

    PersonalRecords(CheckinHistory checkins, AccountLookup accounts, RecordAccess access, AuditLog audit) {
        this.checkins = checkins;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
    }

    /** The signed-in caller; {@link TokenRequired} has already refused anyone without a token. */
    Account viewer() {
        SignedIn signedIn = TokenRequired.signedIn();
        if (signedIn == null) {
            throw new AuthenticationException("A bearer token is needed (POST /api/v1/tokens).");
        }
        return signedIn.account();
    }

    /** A patient's account, when the caller may see their record (audited either way). */
    @Transactional
    Optional<Account> patient(UUID patientId) {
        Account viewer = viewer();
        Optional<Account> patient = accounts.find(patientId).filter(account -> account.role() == Role.PATIENT);
        boolean allowed = patient.isPresent() && access.canView(viewer, patientId);
        audit.record(viewer, patientId, PATIENT_RECORD, AuditLog.READ, allowed ? AuditLog.ALLOWED : AuditLog.DENIED);
        return allowed ? patient : Optional.empty();
    }

    /** A patient's kept check-ins, newest first, when the caller may see them; else empty. */
    List<KeptCheckin> checkinsOf(UUID patientId) {
        return checkins.of(viewer(), patientId).orElse(List.of());
    }

    /** One kept check-in by its id, when the caller may see it. */
    Optional<KeptCheckin> checkin(UUID checkinId) {
        return checkins.find(viewer(), checkinId);
    }

    /** Assesses and keeps a check-in in the caller's own record (see {@link CheckinHistory#assessAndKeep}). */
    KeptCheckin keep(JsonNode intake) {
        return checkins.assessAndKeep(viewer(), intake);
    }

    /** What the intake's reader finds wrong, by intake field. */
    List<FieldProblem> problemsIn(JsonNode intake) {
        return checkins.problemsIn(intake);
    }

    /**
     * Whose records a search asks for: the patient its {@code subject} or {@code patient} names, or the caller
     * themselves when it names none. Empty when the reference cannot be one of our patients.
     */
    Optional<UUID> whose(@Nullable ReferenceParam subject) {
        if (subject == null) {
            return Optional.of(viewer().id());
        }
        if (subject.getResourceType() != null && !subject.getResourceType().equals("Patient")) {
            return Optional.empty();
        }
        return Ids.uuid(new IdType(subject.getIdPart()));
    }
}
