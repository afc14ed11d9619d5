package kneadwise.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kneadwise.outcomes.CourseOutcomes;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/QuestionnaireResponse}: a person's kept check-ins, answering {@code Questionnaire/check-in}, newest
 * first; for whoever may see the person's record. Searched by {@code subject} (the caller when not given),
 * {@code questionnaire}, {@code authored} and {@code _lastUpdated}. A patient posts a new one for themselves.
 */
@Component
class QuestionnaireResponseProvider implements IResourceProvider {

    private final PersonalRecords records;
    private final PostedResponses posted;

    QuestionnaireResponseProvider(PersonalRecords records, PostedResponses posted) {
        this.records = records;
        this.posted = posted;
    }

    /** A patient's own completed check-in or session log, stored as what it answers (see {@link PostedResponses}). */
    @Create
    public MethodOutcome create(@ResourceParam QuestionnaireResponse response) {
        QuestionnaireResponse stored = posted.store(response);
        return new MethodOutcome(stored.getIdElement().withResourceType("QuestionnaireResponse"), true)
                .setResource(stored);
    }

    @Override
    public Class<QuestionnaireResponse> getResourceType() {
        return QuestionnaireResponse.class;
    }

    /** A check-in by its id; a session's log by its course's id, {@code -log-} and the session's number. */
    @Read(version = false)
    public QuestionnaireResponse read(@IdParam IdType id) {
        String wanted = id.getIdPart();
        Optional<QuestionnaireResponse> checkIn =
                Ids.uuid(id).flatMap(records::checkin).map(CheckinResponses::response);
        Optional<QuestionnaireResponse> found = checkIn.isPresent()
                ? checkIn
                : SessionLogResponses.keyOf(wanted)
                        .flatMap(records::loggedSession)
                        .map(seen -> SessionLogResponses.response(seen.log(), seen.patientId()))
                        .filter(response -> response.getIdElement().getIdPart().equals(wanted));
        return found.orElseThrow(() -> new ResourceNotFoundException(id));
    }

    static List<QuestionnaireResponse> logResponses(CourseOutcomes.LoggedCourse course) {
        return course.logs().stream()
                .map(log -> SessionLogResponses.response(log, course.course().patientId()))
                .toList();
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = QuestionnaireResponse.SP_SUBJECT) @Nullable ReferenceParam subject,
            @OptionalParam(name = QuestionnaireResponse.SP_QUESTIONNAIRE) @Nullable ReferenceParam questionnaire,
            @OptionalParam(name = QuestionnaireResponse.SP_AUTHORED) @Nullable DateRangeParam authored,
            @OptionalParam(name = "_lastUpdated") @Nullable DateRangeParam lastUpdated,
            @Offset @Nullable Integer offset,
            @Count @Nullable Integer count) {
        Optional<java.util.UUID> whose = records.whose(subject);
        Stream<QuestionnaireResponse> checkIns =
                whose.map(records::checkinsOf).orElse(List.of()).stream().map(CheckinResponses::response);
        Stream<QuestionnaireResponse> logs = whose.map(records::loggedCoursesOf).orElse(List.of()).stream()
                .flatMap(course -> logResponses(course).stream());
        List<QuestionnaireResponse> found = Stream.concat(checkIns, logs)
                .sorted(Comparator.comparing(QuestionnaireResponse::getAuthored).reversed())
                .filter(response -> questionnaire == null || answers(response, questionnaire))
                .filter(response -> Searches.within(authored, response.getAuthored()))
                .filter(response ->
                        Searches.within(lastUpdated, response.getMeta().getLastUpdated()))
                .toList();
        return SearchPage.of(found, offset, count);
    }

    /** The questionnaire by canonical URL, by {@code Questionnaire/check-in}, or by its id alone. */
    private static boolean answers(QuestionnaireResponse response, ReferenceParam questionnaire) {
        String canonical = response.getQuestionnaire();
        String asked = questionnaire.getValue();
        return canonical.equals(asked) || canonical.endsWith("/" + asked) || canonical.equals(Definitions.BASE + asked);
    }
}
