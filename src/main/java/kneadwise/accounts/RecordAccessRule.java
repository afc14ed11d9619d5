package kneadwise.accounts;

import java.util.UUID;

/**
 * One reason someone other than the patient may see the patient's record. Accounts provides the patient's own
 * grants; other modules add theirs as beans (booking: "has a booking with this therapist").
 */
public interface RecordAccessRule {

    boolean allows(Account viewer, UUID patientId);
}
