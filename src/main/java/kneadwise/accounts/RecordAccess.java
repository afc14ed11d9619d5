package kneadwise.accounts;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Who may see a patient's record: the patient, and anyone a {@link RecordAccessRule} allows (a therapist or clinician
 * the patient granted access, a therapist they have a booking with). Nobody else, administrators included: they
 * search the audit log, not health records. Callers answer 404 to anyone refused, so a record's existence is not
 * revealed.
 */
@Service
public class RecordAccess {

    private final List<RecordAccessRule> rules;

    RecordAccess(List<RecordAccessRule> rules) {
        this.rules = rules;
    }

    public boolean canView(Account viewer, UUID patientId) {
        if (viewer.id().equals(patientId)) {
            return true;
        }
        for (RecordAccessRule rule : rules) {
            if (rule.allows(viewer, patientId)) {
                return true;
            }
        }
        return false;
    }
}
