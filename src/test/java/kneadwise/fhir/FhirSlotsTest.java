package kneadwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.ReferenceClientParam;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import kneadwise.accounts.People;
import kneadwise.booking.BookingTestSetup;
import kneadwise.booking.Practices;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * A therapist's Schedule and its free Slots, read by HAPI's generic client without a token on booking's fixed clock
 * (Monday 2027-02-15): the same starts as the slots API, paged by next links, and a booked start no longer found.
 */
@FullStackTest
@Import(BookingTestSetup.class)
class FhirSlotsTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final String MONDAY = "2027-03-01T00:00:00-05:00";
    static final String SATURDAY = "2027-03-06T00:00:00-05:00";

    @Autowired
    ServiceClient service;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    IGenericClient client;
    Practices.Practice practice;

    @BeforeEach
    void aPracticeOpenOnWeekdays() {
        client = FhirValidation.FHIR.newRestfulGenericClient("http://127.0.0.1:" + port + "/fhir");
        practice = Practices.open(service, context, NEW_YORK);
    }

    @Test
    void theScheduleIsFoundByItsPractitionerAndIsValid() {
        Bundle found = client.search()
                .forResource(Schedule.class)
                .where(Schedule.ACTOR.hasId("Practitioner/" + practice.id()))
                .returnBundle(Bundle.class)
                .execute();

        assertThat(found.getTotal()).isEqualTo(1);
        Schedule schedule = (Schedule) found.getEntryFirstRep().getResource();
        assertThat(schedule.getActor())
                .extracting(actor -> actor.getReference())
                .containsExactly("Practitioner/" + practice.id(), "Location/" + practice.id());
        assertThat(FhirValidation.errorsIn(schedule)).isEmpty();
        assertThat(client.read()
                        .resource(Schedule.class)
                        .withId(practice.id().toString())
                        .execute()
                        .getIdElement()
                        .getIdPart())
                .isEqualTo(practice.id().toString());
    }

    @Test
    void freeSlotsAreTheSlotsApisStartsFollowedPageByPage() {
        List<String> fromApi = new ArrayList<>();
        People.json(service.get("/api/v1/therapists/" + practice.id() + "/slots?from=2027-03-01&to=2027-03-06"))
                .get("slots")
                .valueStream()
                .forEach(slot ->
                        fromApi.add(OffsetDateTime.parse(slot.get("start").asString())
                                .toInstant()
                                .toString()));

        Bundle page = freeSlots()
                .and(new TokenClientParam("status").exactly().code("free"))
                .count(10)
                .returnBundle(Bundle.class)
                .execute();
        List<Slot> slots = new ArrayList<>(slots(page));
        while (page.getLink(Bundle.LINK_NEXT) != null) {
            page = client.loadPage().next(page).execute();
            slots.addAll(slots(page));
        }

        assertThat(fromApi).hasSize(95); // 5 weekdays of 19 starts, every half hour from 09:00 to 18:00
        assertThat(slots)
                .extracting(slot -> slot.getStart().toInstant().toString())
                .containsExactlyElementsOf(fromApi);
        assertThat(slots).allSatisfy(slot -> {
            assertThat(slot.getStatus()).isEqualTo(Slot.SlotStatus.FREE);
            assertThat(slot.getSchedule().getReference()).isEqualTo("Schedule/" + practice.id());
        });
        assertThat(FhirValidation.errorsIn(slots.getFirst())).isEmpty();
    }

    @Test
    void aBookedSlotIsNoLongerFound() {
        Slot first = slots(freeSlots().returnBundle(Bundle.class).execute()).getFirst();
        String id = first.getIdElement().getIdPart();
        assertThat(client.read().resource(Slot.class).withId(id).execute().getStart())
                .isEqualTo(first.getStart());

        ServiceClient patient = People.newPatient(service);
        HttpResponse<String> booked = patient.postJson(
                "/api/v1/courses", """
                {"therapistId": "%s", "firstSessionStart": "%s", "sessions": 1, "everyDays": 7}""".formatted(practice.id(), first.getStart().toInstant()));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);

        assertThatThrownBy(() -> client.read().resource(Slot.class).withId(id).execute())
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(slots(freeSlots().returnBundle(Bundle.class).execute()))
                .extracting(slot -> slot.getIdElement().getIdPart())
                .doesNotContain(id);
    }

    @Test
    void onlyFreeSlotsExistAndBadSearchesAre400() {
        Bundle busy = freeSlots()
                .and(Slot.STATUS.exactly().code("busy"))
                .returnBundle(Bundle.class)
                .execute();
        assertThat(busy.getTotal()).isZero();

        assertThatThrownBy(() -> freeSlots()
                        .and(Slot.STATUS.exactly().code("open"))
                        .returnBundle(Bundle.class)
                        .execute())
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> client.search()
                        .forResource(Slot.class)
                        .where(Slot.START.afterOrEquals().second(MONDAY))
                        .returnBundle(Bundle.class)
                        .execute())
                .as("no schedule")
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> client.search()
                        .forResource(Slot.class)
                        .where(new ReferenceClientParam("schedule").hasId("Schedule/" + practice.id()))
                        .and(Slot.START.afterOrEquals().second(MONDAY))
                        .and(Slot.START.before().second("2027-04-20T00:00:00-04:00"))
                        .returnBundle(Bundle.class)
                        .execute())
                .as("more than 31 days")
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() ->
                        client.read().resource(Slot.class).withId("nonsense-12").execute())
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private ca.uhn.fhir.rest.gclient.IQuery<?> freeSlots() {
        return client.search()
                .forResource(Slot.class)
                .where(new ReferenceClientParam("schedule").hasId("Schedule/" + practice.id()))
                .and(Slot.START.afterOrEquals().second(MONDAY))
                .and(Slot.START.before().second(SATURDAY));
    }

    private static List<Slot> slots(Bundle bundle) {
        return bundle.getEntry().stream()
                .map(entry -> (Slot) entry.getResource())
                .toList();
    }
}
