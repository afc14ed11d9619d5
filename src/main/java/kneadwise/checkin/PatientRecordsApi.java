package kneadwise.checkin;

import java.util.List;
import java.util.UUID;
import kneadwise.accounts.AuditLog;
import kneadwise.accounts.RecordAccess;
import kneadwise.accounts.SignedIn;
import kneadwise.system.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A patient's assessments as seen by someone they allowed ({@code /api/v1/patients/{id}/assessments}): their
 * therapist or an invited clinician. Anyone else gets 404, as for a patient who does not exist; both outcomes are in
 * the audit log.
 */
@RestController
class PatientRecordsApi {

    private final RecordAccess access;
    private final SavedAssessments saved;
    private final AuditLog audit;

    PatientRecordsApi(RecordAccess access, SavedAssessments saved, AuditLog audit) {
        this.access = access;
        this.saved = saved;
        this.audit = audit;
    }

    // noRollbackFor: the refusal itself is audited and must stay in the log.
    @GetMapping(path = "/api/v1/patients/{patientId}/assessments", produces = "application/json")
    @Transactional(noRollbackFor = NotFoundException.class)
    List<SavedAssessments.Saved> assessments(@AuthenticationPrincipal SignedIn me, @PathVariable UUID patientId) {
        if (!access.canView(me.account(), patientId)) {
            audit.record(me.account(), patientId, "assessments", AuditLog.READ, AuditLog.DENIED);
            throw new NotFoundException("The patient's record");
        }
        audit.record(me.account(), patientId, "assessments", AuditLog.READ, AuditLog.ALLOWED);
        return saved.of(patientId);
    }
}
