package kneadwise.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import kneadwise.directory.Therapists;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Location;
import org.springframework.stereotype.Component;

/** {@code /fhir/Location/{id}}: a therapist's public directory profile, by the profile's id; public. */
@Component
class LocationProvider implements IResourceProvider {

    private final Therapists therapists;

    LocationProvider(Therapists therapists) {
        this.therapists = therapists;
    }

    @Override
    public Class<Location> getResourceType() {
        return Location.class;
    }

    @Read(version = false)
    public Location read(@IdParam IdType id) {
        return Ids.uuid(id)
                .flatMap(therapists::findDated)
                .map(DirectoryResources::location)
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }
}
