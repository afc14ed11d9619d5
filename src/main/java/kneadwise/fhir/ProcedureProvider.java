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
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Procedure;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/Procedure}: each session note of a person's courses (where, which techniques, what pressure, how
 * long), for the patient and the course's therapist. Searched by {@code subject} or {@code patient} (the caller when
 * neither is given), {@code date} and {@code _lastUpdated}.
 */
@Component
class ProcedureProvider implements IResourceProvider {

    private final PersonalRecords records;

    ProcedureProvider(PersonalRecords records) {
        this.records = records;
    }

    @Override
    public Class<Procedure> getResourceType() {
        return Procedure.class;
    }

    /** An id is the course's id, {@code -note-} and the session's number. */
    @Read(version = false)
    public Procedure read(@IdParam IdType id) {
        String wanted = id.getIdPart();
        return Ids.leadingUuid(wanted)
                .flatMap(records::course)
                .flatMap(course -> CourseResources.procedures(course).stream()
                        .filter(procedure ->
                                procedure.getIdElement().getIdPart().equals(wanted))
                        .findFirst())
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = Procedure.SP_SUBJECT) @Nullable ReferenceParam subject,
            @OptionalParam(name = Procedure.SP_PATIENT) @Nullable ReferenceParam patient,
            @OptionalParam(name = Procedure.SP_DATE) @Nullable DateRangeParam date,
            @OptionalParam(name = "_lastUpdated") @Nullable DateRangeParam lastUpdated,
            @Offset @Nullable Integer offset,
            @Count @Nullable Integer count) {
        List<Procedure> found = records.coursesFor(subject, patient).stream()
                .flatMap(course -> CourseResources.procedures(course).stream())
                .filter(procedure -> Searches.within(date, performed(procedure)))
                .filter(procedure ->
                        Searches.within(lastUpdated, procedure.getMeta().getLastUpdated()))
                .toList();
        return SearchPage.of(found, offset, count);
    }

    private static java.util.Date performed(Procedure procedure) {
        return procedure.hasPerformedPeriod()
                ? procedure.getPerformedPeriod().getStart()
                : procedure.getPerformedDateTimeType().getValue();
    }
}
