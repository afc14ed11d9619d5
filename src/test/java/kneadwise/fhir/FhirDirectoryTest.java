package kneadwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kneadwise.booking.Practices;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A therapist's public profile read and searched as FHIR by HAPI's generic client, without a token: the
 * Practitioner, the Location of their practice and their PractitionerRole, with the profile's id, valid R4, and not
 * found for an unknown or malformed id.
 */
@FullStackTest
class FhirDirectoryTest {

    static final String TECHNIQUES = CodeSystems.url(CodeSystems.TECHNIQUE);

    @Autowired
    ServiceClient service;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    IGenericClient client;
    Practices.Practice practice;

    @BeforeEach
    void aTherapistInTheDirectory() {
        client = FhirValidation.FHIR.newRestfulGenericClient("http://127.0.0.1:" + port + "/fhir");
        practice = Practices.open(service, context, ZoneId.of("America/New_York"));
    }

    @Test
    void theTherapistIsAPractitionerWithTheirLicenceAndLanguages() {
        Practitioner practitioner = client.read()
                .resource(Practitioner.class)
                .withId(practice.id().toString())
                .execute();

        assertThat(practitioner.getNameFirstRep().getText()).isEqualTo("Dana Practice");
        assertThat(practitioner.getGender().toCode()).isEqualTo("female");
        assertThat(practitioner
                        .getQualificationFirstRep()
                        .getIdentifierFirstRep()
                        .getValue())
                .isEqualTo(practice.profile().licenceNumber());
        assertThat(practitioner.getCommunicationFirstRep().getCodingFirstRep().getCode())
                .isEqualTo("en");
        assertThat(practitioner.getMeta().getVersionId()).isNotBlank();
        assertThat(practitioner.getMeta().getLastUpdated()).isNotNull();
        assertThat(FhirValidation.errorsIn(practitioner)).isEmpty();
    }

    @Test
    void theirPracticeIsALocationWithItsPlaceOnTheMap() {
        Location location = client.read()
                .resource(Location.class)
                .withId(practice.id().toString())
                .execute();

        assertThat(location.getAddress().getPostalCode()).isEqualTo("10001");
        assertThat(location.getAddress().getLine())
                .extracting(line -> line.getValue())
                .containsExactly("1 Main Street");
        assertThat(location.getPosition().getLatitude().doubleValue()).isEqualTo(40.75);
        assertThat(location.getPosition().getLongitude().doubleValue()).isEqualTo(-73.99);
        assertThat(FhirValidation.errorsIn(location)).isEmpty();
    }

    @Test
    void practicesAreFoundNearAPointAPageAtATimeByTheirNextLinks() {
        Set<String> ours = new HashSet<>(Set.of(practice.id().toString()));
        for (int i = 0; i < 2; i++) {
            ours.add(Practices.open(service, context, ZoneId.of("America/New_York"))
                    .id()
                    .toString());
        }
        Bundle page = client.search()
                .forResource(Location.class)
                .where(new TokenClientParam("near").exactly().code("40.75|-73.99|5|km"))
                .count(2)
                .returnBundle(Bundle.class)
                .execute();
        List<String> seen = new ArrayList<>(ids(page));
        assertThat(seen).hasSize(2);
        assertThat(page.getLink(Bundle.LINK_NEXT).getUrl()).contains("_offset=2", "_count=2"); // no state on a node
        int total = page.getTotal();
        assertThat(total).isGreaterThanOrEqualTo(3);
        while (page.getLink(Bundle.LINK_NEXT) != null) {
            page = client.loadPage().next(page).execute();
            seen.addAll(ids(page));
        }

        assertThat(seen).doesNotHaveDuplicates().containsAll(ours).hasSize(total);
    }

    @Test
    void practicesAreFoundByZipCodeAndABadNearIsA400() {
        Bundle inZip = client.search()
                .forResource(Location.class)
                .where(Location.ADDRESS_POSTALCODE.matches().value("10001"))
                .count(500)
                .returnBundle(Bundle.class)
                .execute();
        assertThat(ids(inZip)).contains(practice.id().toString());

        for (String near : new String[] {"95|0|5|km", "40|-73|5|mi", "40|-73|9000|km", "north"}) {
            assertThatThrownBy(() -> client.search()
                            .forResource(Location.class)
                            .where(new TokenClientParam("near").exactly().code(near))
                            .returnBundle(Bundle.class)
                            .execute())
                    .as(near)
                    .isInstanceOf(InvalidRequestException.class);
        }
    }

    @Test
    void theirRoleListsTheirTechniquesAndBringsThePractitionerAndLocationWhenIncluded() {
        Bundle found = client.search()
                .forResource(PractitionerRole.class)
                .where(PractitionerRole.SPECIALTY.exactly().systemAndCode(TECHNIQUES, "SWEDISH"))
                .and(PractitionerRole.PRACTITIONER.hasId("Practitioner/" + practice.id()))
                .include(PractitionerRole.INCLUDE_PRACTITIONER)
                .include(PractitionerRole.INCLUDE_LOCATION)
                .returnBundle(Bundle.class)
                .execute();

        assertThat(found.getTotal()).isEqualTo(1);
        assertThat(found.getEntry())
                .extracting(entry -> entry.getSearch().getMode().toCode()
                        + " "
                        + entry.getResource().fhirType()
                        + "/"
                        + entry.getResource().getIdElement().getIdPart())
                .containsExactlyInAnyOrder(
                        "match PractitionerRole/" + practice.id(),
                        "include Practitioner/" + practice.id(),
                        "include Location/" + practice.id());
        PractitionerRole role = (PractitionerRole) found.getEntryFirstRep().getResource();
        assertThat(role.getSpecialtyFirstRep().getCodingFirstRep().getCode()).isEqualTo("SWEDISH");
        assertThat(role.getLocationFirstRep().getReference()).isEqualTo("Location/" + practice.id());
        for (Bundle.BundleEntryComponent entry : found.getEntry()) {
            assertThat(FhirValidation.errorsIn(entry.getResource()))
                    .as(entry.getFullUrl())
                    .isEmpty();
        }
    }

    @Test
    void aRoleIsFoundOnlyByATechniqueTheTherapistOffers() {
        Bundle notOffered = client.search()
                .forResource(PractitionerRole.class)
                .where(PractitionerRole.SPECIALTY.exactly().systemAndCode(TECHNIQUES, "TRIGGER_POINT"))
                .and(PractitionerRole.LOCATION.hasId("Location/" + practice.id()))
                .returnBundle(Bundle.class)
                .execute();
        Bundle anyoneSwedish = client.search()
                .forResource(PractitionerRole.class)
                .where(PractitionerRole.SPECIALTY.exactly().code("SWEDISH"))
                .count(500)
                .returnBundle(Bundle.class)
                .execute();

        assertThat(notOffered.getTotal()).isZero();
        assertThat(notOffered.getEntry()).isEmpty();
        assertThat(anyoneSwedish.getEntry())
                .extracting(entry -> ((PractitionerRole) entry.getResource())
                        .getSpecialty().stream()
                                .map(specialty -> specialty.getCodingFirstRep().getCode())
                                .toList())
                .allSatisfy(codes -> assertThat(codes).contains("SWEDISH"));
        assertThat(ids(anyoneSwedish)).contains(practice.id().toString());
    }

    @Test
    void practitionersAreFoundByTheTimeTheirProfileLastChanged() {
        Practitioner read = client.read()
                .resource(Practitioner.class)
                .withId(practice.id().toString())
                .execute();
        Date changed = read.getMeta().getLastUpdated();

        Bundle since = client.search()
                .forResource(Practitioner.class)
                .where(new TokenClientParam("_id").exactly().code(practice.id().toString()))
                .lastUpdated(new DateRangeParam(changed, null))
                .returnBundle(Bundle.class)
                .execute();
        Bundle before = client.search()
                .forResource(Practitioner.class)
                .where(new TokenClientParam("_id").exactly().code(practice.id().toString()))
                .lastUpdated(new DateRangeParam(null, new Date(changed.getTime() - 60_000)))
                .returnBundle(Bundle.class)
                .execute();

        assertThat(ids(since)).containsExactly(practice.id().toString());
        assertThat(before.getEntry()).isEmpty();
    }

    private static List<String> ids(Bundle bundle) {
        return bundle.getEntry().stream()
                .map(entry -> entry.getResource().getIdElement().getIdPart())
                .toList();
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() {
        for (String id : new String[] {UUID.randomUUID().toString(), "not-a-uuid"}) {
            assertThatThrownBy(() -> client.read()
                            .resource(Practitioner.class)
                            .withId(id)
                            .execute())
                    .as(id)
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() ->
                            client.read().resource(Location.class).withId(id).execute())
                    .as(id)
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }
}
