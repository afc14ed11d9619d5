package kneadwise.fhir;

import java.util.Date;
import kneadwise.accounts.Account;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Patient;

/**
 * A patient's account as a {@code Patient}: the account's id, the name and email they signed up with (neither
 * changes, so the version is the account's creation). Pure function.
 */
final class PatientResources {

    private PatientResources() {}

    static Patient patient(Account account) {
        Patient patient = new Patient();
        patient.setId(account.id().toString());
        patient.setMeta(new Meta()
                .setVersionId(String.valueOf(account.createdAt().toEpochMilli()))
                .setLastUpdated(Date.from(account.createdAt())));
        patient.setActive(true);
        patient.addName().setText(account.name());
        patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(account.email());
        return patient;
    }
}
