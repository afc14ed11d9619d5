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
import java.time.Clock;
import java.util.List;
import kneadwise.booking.CourseOutlines.CourseOutline;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.IdType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/Appointment}: each session of a person's courses, soonest first, for the patient and the course's
 * therapist. Searched by {@code patient} (the caller when not given), {@code practitioner} (alone, by that
 * practice's own therapist: every client's sessions), {@code date}, {@code status} and {@code _lastUpdated}.
 */
@Component
class AppointmentProvider implements IResourceProvider {

    private final PersonalRecords records;
    private final Clock clock;

    AppointmentProvider(PersonalRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public Class<Appointment> getResourceType() {
        return Appointment.class;
    }

    /** An id is the course's id and the session's number ({@code <course id>-2}). */
    @Read(version = false)
    public Appointment read(@IdParam IdType id) {
        String wanted = id.getIdPart();
        return Ids.leadingUuid(wanted)
                .flatMap(records::course)
                .flatMap(course -> CourseResources.appointments(course.outline(), clock.instant()).stream()
                        .filter(appointment ->
                                appointment.getIdElement().getIdPart().equals(wanted))
                        .findFirst())
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = Appointment.SP_PATIENT) @Nullable ReferenceParam patient,
            @OptionalParam(name = Appointment.SP_PRACTITIONER) @Nullable ReferenceParam practitioner,
            @OptionalParam(name = Appointment.SP_DATE) @Nullable DateRangeParam date,
            @OptionalParam(name = Appointment.SP_STATUS) @Nullable TokenParam status,
            @OptionalParam(name = "_lastUpdated") @Nullable DateRangeParam lastUpdated,
            @Offset @Nullable Integer offset,
            @Count @Nullable Integer count) {
        // practitioner alone: the practice's every session for its own therapist, the caller's own for anyone else
        List<CourseOutline> practice =
                patient == null && practitioner != null ? records.practiceCourses(practitioner) : List.of();
        List<CourseOutline> courses = !practice.isEmpty()
                ? practice
                : records.coursesFor(patient, null).stream()
                        .map(CourseRecord::outline)
                        .toList();
        List<Appointment> found = courses.stream()
                .flatMap(course -> CourseResources.appointments(course, clock.instant()).stream())
                .filter(appointment -> practitioner == null
                        || appointment.getParticipant().stream()
                                .anyMatch(who -> References.names(practitioner, who.getActor(), "Practitioner")))
                .filter(appointment -> Searches.within(date, appointment.getStart()))
                .filter(appointment -> status == null
                        || Tokens.matches(
                                status,
                                appointment.getStatus().getSystem(),
                                appointment.getStatus().toCode()))
                .filter(appointment ->
                        Searches.within(lastUpdated, appointment.getMeta().getLastUpdated()))
                .sorted(java.util.Comparator.comparing(Appointment::getStart))
                .toList();
        return SearchPage.of(found, offset, count);
    }
}
