package kneadwise.checkin;

import java.util.List;
import java.util.UUID;
import kneadwise.accounts.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

    private final CheckinRecords records;

    PatientRecordsApi(CheckinRecords records) {
        this.records = records;
    }

    @GetMapping(path = "/api/v1/patients/{patientId}/assessments", produces = "application/json")
    List<SavedAssessments.Saved> assessments(@AuthenticationPrincipal SignedIn me, @PathVariable UUID patientId) {
        return records.ofPatient(me.account(), patientId);
    }
}
