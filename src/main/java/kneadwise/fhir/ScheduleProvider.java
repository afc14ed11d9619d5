package kneadwise.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
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
import kneadwise.directory.ProfileFilter;
import kneadwise.directory.Therapists;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Schedule;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/Schedule}: each therapist's bookable time, with the profile's id; public. Searched by {@code actor}
 * (their Practitioner or Location), {@code _id} and {@code _lastUpdated}. Its free starts are {@code Slot}s.
 */
@Component
class ScheduleProvider implements IResourceProvider {

    private final Therapists therapists;
    private final ProfileSearches searches;

    ScheduleProvider(Therapists therapists, ProfileSearches searches) {
        this.therapists = therapists;
        this.searches = searches;
    }

    @Override
    public Class<Schedule> getResourceType() {
        return Schedule.class;
    }

    @Read(version = false)
    public Schedule read(@IdParam IdType id) {
        return Ids.uuid(id)
                .flatMap(therapists::findDated)
                .map(DirectoryResources::schedule)
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = Schedule.SP_ACTOR) @Nullable ReferenceParam actor,
            @OptionalParam(name = IAnyResource.SP_RES_ID) @Nullable TokenParam id,
            @OptionalParam(name = "_lastUpdated") @Nullable DateRangeParam lastUpdated,
            @Offset @Nullable Integer offset,
            @Count @Nullable Integer count) {
        Optional<ProfileFilter> filter =
                ProfileSearches.referring(Optional.of(ProfileFilter.all()), actor, "Practitioner", "Location");
        filter = ProfileSearches.changed(ProfileSearches.withId(filter, id), lastUpdated);
        return searches.page(filter, offset, count, DirectoryResources::schedule);
    }
}
