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
import java.util.List;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/CarePlan}: each course of massage as a plan (its sessions, goals and trial-of-massage rule, with what
 * the checkpoint and the end found), for the patient and the course's therapist. Searched by {@code subject} or
 * {@code patient} (the caller when neither is given), {@code status} and {@code _lastUpdated}.
 */
@Component
class CarePlanProvider implements IResourceProvider {

    private final PersonalRecords records;

    CarePlanProvider(PersonalRecords records) {
        this.records = records;
    }

    @Override
    public Class<CarePlan> getResourceType() {
        return CarePlan.class;
    }

    @Read(version = false)
    public CarePlan read(@IdParam IdType id) {
        return Ids.uuid(id)
                .flatMap(records::course)
                .map(CourseResources::carePlan)
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = CarePlan.SP_SUBJECT) @Nullable ReferenceParam subject,
            @OptionalParam(name = CarePlan.SP_PATIENT) @Nullable ReferenceParam patient,
            @OptionalParam(name = CarePlan.SP_STATUS) @Nullable TokenParam status,
            @OptionalParam(name = "_lastUpdated") @Nullable DateRangeParam lastUpdated,
            @Offset @Nullable Integer offset,
            @Count @Nullable Integer count) {
        List<CarePlan> found = records.coursesFor(subject, patient).stream()
                .map(CourseResources::carePlan)
                .filter(plan -> status == null
                        || Tokens.matches(
                                status,
                                plan.getStatus().getSystem(),
                                plan.getStatus().toCode()))
                .filter(plan -> Searches.within(lastUpdated, plan.getMeta().getLastUpdated()))
                .toList();
        return SearchPage.of(found, offset, count);
    }
}
