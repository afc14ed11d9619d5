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
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IdType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/Goal}: what counts as working for each course, an important fall in pain and, when the course
 * measures it, in function (CLINICAL.md section 4), with how it is going; for the patient and the course's therapist.
 * Searched by {@code subject} or {@code patient} (the caller when neither is given) and {@code _lastUpdated}.
 */
@Component
class GoalProvider implements IResourceProvider {

    private final PersonalRecords records;

    GoalProvider(PersonalRecords records) {
        this.records = records;
    }

    @Override
    public Class<Goal> getResourceType() {
        return Goal.class;
    }

    /** An id is the course's id and {@code -pain} or {@code -function}. */
    @Read(version = false)
    public Goal read(@IdParam IdType id) {
        String wanted = id.getIdPart();
        return Ids.leadingUuid(wanted)
                .flatMap(records::course)
                .flatMap(course -> CourseResources.goals(course).stream()
                        .filter(goal -> goal.getIdElement().getIdPart().equals(wanted))
                        .findFirst())
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = Goal.SP_SUBJECT) @Nullable ReferenceParam subject,
            @OptionalParam(name = Goal.SP_PATIENT) @Nullable ReferenceParam patient,
            @OptionalParam(name = "_lastUpdated") @Nullable DateRangeParam lastUpdated,
            @Offset @Nullable Integer offset,
            @Count @Nullable Integer count) {
        List<Goal> found = records.coursesFor(subject, patient).stream()
                .flatMap(course -> CourseResources.goals(course).stream())
                .filter(goal -> Searches.within(lastUpdated, goal.getMeta().getLastUpdated()))
                .toList();
        return SearchPage.of(found, offset, count);
    }
}
