package kneadwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.ZoneId;
import java.util.UUID;
import kneadwise.booking.Practices;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Practitioner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A therapist's public profile read as FHIR by HAPI's generic client, without a token: the Practitioner and the
 * Location of their practice, with the profile's id, valid R4, and not found for an unknown or malformed id.
 */
@FullStackTest
class FhirDirectoryTest {

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
