package kneadwise.fhir;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import kneadwise.accounts.AccessConsents.StandingGrant;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Reference;

/**
 * A patient's grant of access to their record as a {@code Consent}: who may see it (a therapist or clinician, by the
 * email invited), since when, and whether it is accepted yet. Pure function.
 */
final class ConsentResources {

    static final String SCOPES = "http://terminology.hl7.org/CodeSystem/consentscope";
    static final String PRIVACY_POLICY = Definitions.BASE + "privacy";

    private ConsentResources() {}

    static Consent consent(StandingGrant grant) {
        Instant changed = grant.acceptedAt() != null ? grant.acceptedAt() : grant.grantedAt();
        Consent consent = new Consent();
        consent.setId(grant.id().toString());
        consent.setMeta(
                new Meta().setVersionId(grant.acceptedAt() != null ? "2" : "1").setLastUpdated(Date.from(changed)));
        // An invitation not yet accepted lets no one in: proposed until the invited person accepts it.
        consent.setStatus(grant.acceptedAt() != null ? Consent.ConsentState.ACTIVE : Consent.ConsentState.PROPOSED);
        consent.setScope(new CodeableConcept(new Coding(SCOPES, "patient-privacy", "Privacy Consent")));
        consent.addCategory(new CodeableConcept().setText("Access to the person's Kneadwise record"));
        consent.setPatient(new Reference("Patient/" + grant.patientId()));
        consent.setDateTime(Date.from(grant.grantedAt()));
        consent.addPerformer(new Reference("Patient/" + grant.patientId()));
        consent.addPolicy().setUri(PRIVACY_POLICY);
        Consent.ProvisionComponent provision = consent.getProvision();
        provision.setType(Consent.ConsentProvisionType.PERMIT);
        provision
                .addActor()
                .setRole(new CodeableConcept()
                        .setText(grant.kind().toLowerCase(Locale.ROOT) + " invited by the patient"))
                .setReference(new Reference()
                        .setIdentifier(new Identifier()
                                .setSystem("urn:ietf:rfc:3986")
                                .setValue("mailto:" + grant.granteeEmail()))
                        .setDisplay(grant.granteeEmail()));
        provision.addAction().setText("Read the record");
        return consent;
    }
}
