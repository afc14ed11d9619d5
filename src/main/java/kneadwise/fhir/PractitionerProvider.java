package kneadwise.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Optional;
import kneadwise.directory.ProfileFilter;
import kneadwise.directory.Therapists;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Practitioner;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/Practitioner}: a therapist's public directory profile, by the profile's id; public. Searched by
 * {@code _id} and {@code _lastUpdated}, or listed whole a page at a time.
 */
@Component
class PractitionerProvider implements IResourceProvider {

    private final Therapists therapists;
    private final ProfileSearches searches;

    PractitionerProvider(Therapists therapists, ProfileSearches searches) {
        this.therapists = therapists;
        this.searches = searches;
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

    @Search
    public IBundleProvider search(
            @OptionalParam(name = IAnyResource.SP_RES_ID) @Nullable TokenParam id,
            @OptionalParam(name = "_lastUpdated") @Nullable DateRangeParam lastUpdated,
            @Offset @Nullable Integer offset,
            @Count @Nullable Integer count) {
        Optional<ProfileFilter> filter =
                ProfileSearches.changed(ProfileSearches.withId(Optional.of(ProfileFilter.all()), id), lastUpdated);
        return searches.page(filter, offset, count, DirectoryResources::practitioner);
    }
}
