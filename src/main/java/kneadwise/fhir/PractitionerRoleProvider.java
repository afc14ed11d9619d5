package kneadwise.fhir;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Optional;
import java.util.Set;
import kneadwise.directory.ProfileFilter;
import kneadwise.directory.Therapists;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/PractitionerRole}: a therapist's role at their practice, with the profile's id; public. Searched by
 * {@code specialty} (a technique), {@code practitioner}, {@code location}, {@code _id} and {@code _lastUpdated};
 * {@code _include=PractitionerRole:practitioner} and {@code :location} add the referenced resources to the page.
 */
@Component
class PractitionerRoleProvider implements IResourceProvider {

    static final String INCLUDE_PRACTITIONER = "PractitionerRole:practitioner";
    static final String INCLUDE_LOCATION = "PractitionerRole:location";

    private final Therapists therapists;
    private final ProfileSearches searches;

    PractitionerRoleProvider(Therapists therapists, ProfileSearches searches) {
        this.therapists = therapists;
        this.searches = searches;
    }

    @Override
    public Class<PractitionerRole> getResourceType() {
        return PractitionerRole.class;
    }

    @Read(version = false)
    public PractitionerRole read(@IdParam IdType id) {
        return Ids.uuid(id)
                .flatMap(therapists::findDated)
                .map(DirectoryResources::practitionerRole)
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = PractitionerRole.SP_SPECIALTY) @Nullable TokenParam specialty,
            @OptionalParam(name = PractitionerRole.SP_PRACTITIONER) @Nullable ReferenceParam practitioner,
            @OptionalParam(name = PractitionerRole.SP_LOCATION) @Nullable ReferenceParam location,
            @OptionalParam(name = IAnyResource.SP_RES_ID) @Nullable TokenParam id,
            @OptionalParam(name = "_lastUpdated") @Nullable DateRangeParam lastUpdated,
            @IncludeParam(allow = {INCLUDE_PRACTITIONER, INCLUDE_LOCATION}) @Nullable Set<Include> includes,
            @Offset @Nullable Integer offset,
            @Count @Nullable Integer count) {
        Optional<ProfileFilter> filter = Optional.of(ProfileFilter.all());
        filter = ProfileSearches.offering(filter, specialty);
        filter = ProfileSearches.referring(filter, practitioner, "Practitioner");
        filter = ProfileSearches.referring(filter, location, "Location");
        filter = ProfileSearches.withId(filter, id);
        filter = ProfileSearches.changed(filter, lastUpdated);
        boolean withPractitioner = asked(includes, INCLUDE_PRACTITIONER);
        boolean withLocation = asked(includes, INCLUDE_LOCATION);
        return searches.page(filter, offset, count, dated -> {
            PractitionerRole role = DirectoryResources.practitionerRole(dated);
            // HAPI adds a referenced resource to the page as an "include" entry when the reference carries it.
            if (withPractitioner) {
                role.getPractitioner().setResource(DirectoryResources.practitioner(dated));
            }
            if (withLocation) {
                role.getLocationFirstRep().setResource(DirectoryResources.location(dated));
            }
            return role;
        });
    }

    private static boolean asked(@Nullable Set<Include> includes, String include) {
        return includes != null
                && includes.stream().anyMatch(one -> one.getValue().equals(include));
    }
}
