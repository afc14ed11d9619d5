package kneadwise.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kneadwise.directory.ProfileFilter;
import kneadwise.directory.ProfileListing;
import kneadwise.directory.Technique;
import kneadwise.directory.Therapists;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The directory's FHIR searches (Practitioner, PractitionerRole, Location, Schedule) share this: their parameters
 * as one {@link ProfileFilter}, and one page of matching profiles with the total. A parameter that cannot match
 * anything (an id that is not ours, a code from another system) gives an empty filter, and so an empty page.
 */
@Component
class ProfileSearches {

    private final ProfileListing listing;

    ProfileSearches(ProfileListing listing) {
        this.listing = listing;
    }

    /** The page from {@code offset}, {@code count} long (see {@link Pages}), each profile mapped to a resource. */
    SearchPage page(
            Optional<ProfileFilter> filter,
            @Nullable Integer offset,
            @Nullable Integer count,
            Function<Therapists.Dated, ? extends IBaseResource> resource) {
        if (filter.isEmpty()) {
            return new SearchPage(List.of(), 0);
        }
        int from = offset == null ? 0 : Math.max(0, offset);
        List<IBaseResource> page = listing.page(filter.get(), from, Pages.size(count)).stream()
                .<IBaseResource>map(resource)
                .toList();
        return new SearchPage(page, listing.count(filter.get()));
    }

    /** Narrowed to the profiles last changed within {@code _lastUpdated} (bounds included), when it is asked. */
    static Optional<ProfileFilter> changed(Optional<ProfileFilter> filter, @Nullable DateRangeParam lastUpdated) {
        if (lastUpdated == null) {
            return filter;
        }
        return filter.map(asked -> asked.changedBetween(
                lastUpdated.getLowerBoundAsInstant() == null
                        ? null
                        : lastUpdated.getLowerBoundAsInstant().toInstant(),
                lastUpdated.getUpperBoundAsInstant() == null
                        ? null
                        : lastUpdated.getUpperBoundAsInstant().toInstant()));
    }

    /** Narrowed to the profile {@code _id} names. */
    static Optional<ProfileFilter> withId(Optional<ProfileFilter> filter, @Nullable TokenParam id) {
        if (id == null) {
            return filter;
        }
        return filter.flatMap(asked -> Ids.uuid(new IdType(id.getValue())).map(asked::withId));
    }

    /**
     * Narrowed to the profile a reference names ({@code Practitioner/{id}}, {@code Location/{id}} or a bare id):
     * every directory resource of a therapist carries the profile's id.
     */
    static Optional<ProfileFilter> referring(
            Optional<ProfileFilter> filter, @Nullable ReferenceParam reference, String... types) {
        if (reference == null) {
            return filter;
        }
        String type = reference.getResourceType();
        if (type != null && !List.of(types).contains(type)) {
            return Optional.empty();
        }
        return filter.flatMap(
                asked -> Ids.uuid(new IdType(reference.getIdPart())).map(asked::withId));
    }

    /** Narrowed to therapists who offer the technique a {@code specialty} token names in our technique system. */
    static Optional<ProfileFilter> offering(Optional<ProfileFilter> filter, @Nullable TokenParam specialty) {
        if (specialty == null) {
            return filter;
        }
        if (specialty.getSystem() != null && !specialty.getSystem().equals(CodeSystems.url(CodeSystems.TECHNIQUE))) {
            return Optional.empty();
        }
        for (Technique technique : Technique.values()) {
            if (technique.name().equals(specialty.getValue())) {
                return filter.map(asked -> asked.withTechnique(technique));
            }
        }
        return Optional.empty();
    }
}
