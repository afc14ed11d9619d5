package kneadwise.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.SpecialParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Optional;
import kneadwise.directory.GeoPoint;
import kneadwise.directory.ProfileFilter;
import kneadwise.directory.Therapists;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Location;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/Location}: the place of each therapist's practice, by the profile's id; public. Searched by
 * {@code near=lat|lon|distance|km} (nearest first), {@code address-postalcode}, {@code _id} and {@code _lastUpdated},
 * a page of {@code _count} (50, at most 500) at a time with a {@code next} link that carries its offset, so any node
 * serves any page.
 */
@Component
class LocationProvider implements IResourceProvider {

    static final double FARTHEST_KM = 500;

    private final Therapists therapists;
    private final ProfileSearches searches;

    LocationProvider(Therapists therapists, ProfileSearches searches) {
        this.therapists = therapists;
        this.searches = searches;
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

    @Search
    public IBundleProvider search(
            @OptionalParam(name = Location.SP_NEAR) @Nullable SpecialParam near,
            @OptionalParam(name = Location.SP_ADDRESS_POSTALCODE) @Nullable StringParam postalCode,
            @OptionalParam(name = IAnyResource.SP_RES_ID) @Nullable TokenParam id,
            @OptionalParam(name = "_lastUpdated") @Nullable DateRangeParam lastUpdated,
            @Offset @Nullable Integer offset,
            @Count @Nullable Integer count) {
        ProfileFilter asked = ProfileFilter.all();
        if (near != null) {
            Near where = Near.parse(near.getValue());
            asked = asked.near(where.point(), where.km());
        }
        if (postalCode != null) {
            asked = asked.inPostalCode(postalCode.getValue().strip());
        }
        Optional<ProfileFilter> filter =
                ProfileSearches.changed(ProfileSearches.withId(Optional.of(asked), id), lastUpdated);
        return searches.page(filter, offset, count, DirectoryResources::location);
    }

    /** {@code near}'s value: latitude, longitude, and a distance in km (25 when left out). */
    record Near(GeoPoint point, double km) {

        static Near parse(String value) {
            String[] parts = value.split("\\|", -1);
            try {
                double latitude = Double.parseDouble(parts[0].strip());
                double longitude = Double.parseDouble(parts[1].strip());
                double km = parts.length > 2 && !parts[2].isBlank() ? Double.parseDouble(parts[2].strip()) : 25;
                String units = parts.length > 3 ? parts[3].strip() : "km";
                if (parts.length > 4
                        || !units.equals("km")
                        || Math.abs(latitude) > 90
                        || Math.abs(longitude) > 180
                        || !(km > 0 && km <= FARTHEST_KM)) {
                    throw new NumberFormatException();
                }
                return new Near(new GeoPoint(latitude, longitude), km);
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException wrong) {
                throw new InvalidRequestException("near must be latitude|longitude|distance|km, such as"
                        + " 40.75|-73.99|10|km (latitude -90 to 90, longitude -180 to 180, distance over 0 up to "
                        + (int) FARTHEST_KM + " km)");
            }
        }
    }
}
