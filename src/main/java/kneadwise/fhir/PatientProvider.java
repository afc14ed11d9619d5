package kneadwise.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kneadwise.checkin.KeptCheckin;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/Patient}: a patient's account, for the patient and whoever may see their record; 404 for anyone
 * else, as for no such patient. Searched by {@code _id} (the caller themselves when not given) and
 * {@code _lastUpdated}; {@code $everything} gives the whole record the caller may see.
 */
@Component
class PatientProvider implements IResourceProvider {

    private final PersonalRecords records;
    private final java.time.Clock clock;

    PatientProvider(PersonalRecords records, java.time.Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Read(version = false)
    public Patient read(@IdParam IdType id) {
        return Ids.uuid(id)
                .flatMap(records::patient)
                .map(PatientResources::patient)
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = IAnyResource.SP_RES_ID) @Nullable TokenParam id,
            @OptionalParam(name = "_lastUpdated") @Nullable DateRangeParam lastUpdated) {
        Optional<UUID> whose = id == null ? Optional.of(records.viewer().id()) : Ids.uuid(new IdType(id.getValue()));
        List<Patient> found = whose
                .flatMap(records::patient)
                .map(PatientResources::patient)
                .filter(patient ->
                        Searches.within(lastUpdated, patient.getMeta().getLastUpdated()))
                .stream()
                .toList();
        return new SearchPage(found, found.size());
    }

    /**
     * The patient and every record of theirs the caller may see: check-ins with their scores and flags, and the
     * courses the caller may see with their goals, sessions and notes.
     */
    @Operation(name = "$everything", idempotent = true)
    public IBundleProvider everything(@IdParam IdType id) {
        Patient patient = read(id);
        UUID patientId = UUID.fromString(patient.getIdElement().getIdPart());
        List<IBaseResource> everything = new ArrayList<>();
        everything.add(patient);
        List<KeptCheckin> checkins = records.checkinsOf(patientId);
        for (KeptCheckin kept : checkins) {
            everything.add(CheckinResponses.response(kept));
            everything.addAll(CheckinResources.observations(kept));
        }
        everything.addAll(CheckinResources.flags(checkins));
        for (CourseRecord course : records.coursesOf(patientId)) {
            everything.add(CourseResources.carePlan(course));
            everything.addAll(QuestionnaireResponseProvider.logResponses(course.logged()));
            everything.addAll(
                    ObservationProvider.ofLoggedCourse(course.logged()).toList());
            everything.addAll(CourseResources.goals(course));
            everything.addAll(CourseResources.appointments(course.outline(), clock.instant()));
            everything.addAll(CourseResources.procedures(course));
        }
        records.grantsOf(patientId).stream().map(ConsentResources::consent).forEach(everything::add);
        return new SearchPage(everything, everything.size());
    }
}
