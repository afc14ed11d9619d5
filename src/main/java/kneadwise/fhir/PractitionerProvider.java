package kneadwise.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import kneadwise.directory.Therapists;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Practitioner;
import org.springframework.stereotype.Component;

/** {@code /fhir/Practitioner/{id}}: a therapist's public directory profile, by the profile's id; public. */
@Component
class PractitionerProvider implements IResourceProvider {

    private final Therapists therapists;

    PractitionerProvider(Therapists therapists) {
        this.therapists = therapists;
    }

    @Override
    public Class<Practitioner> getResourceType() {
        return Practitioner.class;
    }

    @Read(version = false)
    public Practitioner read(@IdParam IdType id) {
        return Ids.uuid(id)
                .flatMap(therapists::findDated)
                .map(DirectoryResources::practitioner)
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }
}
