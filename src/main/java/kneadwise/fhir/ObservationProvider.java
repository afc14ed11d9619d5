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
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import kneadwise.outcomes.CourseOutcomes;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/Observation}: every score of a person's check-ins and session logs, newest first, each derived from its
 * QuestionnaireResponse; for whoever may see the person's record. Searched by {@code subject} or {@code patient}
 * (the caller when neither is given), {@code code}, {@code category} (all are {@code survey}), {@code date} and
 * {@code _lastUpdated}.
 */
@Component
class ObservationProvider implements IResourceProvider {

    private final PersonalRecords records;

    ObservationProvider(PersonalRecords records) {
        this.records = records;
    }

    @Override
    public Class<Observation> getResourceType() {
        return Observation.class;
    }

    /** An id is the check-in's id and the score's short name ({@code <uuid>-pain}). */
    @Read(version = false)
    public Observation read(@IdParam IdType id) {
        String wanted = id.getIdPart();
        Stream<Observation> candidates = wanted.contains("-log-")
                ? SessionLogResponses.keyOf(wanted).flatMap(records::loggedSession).stream()
                        .flatMap(seen -> SessionLogResponses.observations(seen.log(), seen.patientId()).stream())
                : Ids.leadingUuid(wanted).flatMap(records::checkin).stream()
                        .flatMap(kept -> CheckinResources.observations(kept).stream());
        return candidates
                .filter(observation -> observation.getIdElement().getIdPart().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = Observation.SP_SUBJECT) @Nullable ReferenceParam subject,
            @OptionalParam(name = Observation.SP_PATIENT) @Nullable ReferenceParam patient,
            @OptionalParam(name = Observation.SP_CODE) @Nullable TokenOrListParam code,
            @OptionalParam(name = Observation.SP_CATEGORY) @Nullable TokenOrListParam category,
            @OptionalParam(name = Observation.SP_DATE) @Nullable DateRangeParam date,
            @OptionalParam(name = "_lastUpdated") @Nullable DateRangeParam lastUpdated,
            @Offset @Nullable Integer offset,
            @Count @Nullable Integer count) {
        if (subject != null && patient != null) {
            throw new InvalidRequestException("Search Observation by subject or by patient, not both.");
        }
        Optional<UUID> whose = records.whose(subject != null ? subject : patient);
        Stream<Observation> ofCheckIns = whose.map(records::checkinsOf).orElse(List.of()).stream()
                .flatMap(kept -> CheckinResources.observations(kept).stream());
        Stream<Observation> ofLogs = whose.map(records::loggedCoursesOf).orElse(List.of()).stream()
                .flatMap(ObservationProvider::ofLoggedCourse);
        List<Observation> found = Stream.concat(ofCheckIns, ofLogs)
                .sorted(Comparator.comparing((Observation observation) ->
                                observation.getEffectiveDateTimeType().getValue())
                        .reversed())
                .filter(observation -> Tokens.matches(code, observation.getCode()))
                .filter(observation -> Tokens.matches(category, observation.getCategoryFirstRep()))
                .filter(observation -> Searches.within(
                        date, observation.getEffectiveDateTimeType().getValue()))
                .filter(observation ->
                        Searches.within(lastUpdated, observation.getMeta().getLastUpdated()))
                .toList();
        return SearchPage.of(found, offset, count);
    }

    static Stream<Observation> ofLoggedCourse(CourseOutcomes.LoggedCourse course) {
        return course.logs().stream()
                .flatMap(log ->
                        SessionLogResponses.observations(log, course.course().patientId()).stream());
    }
}
