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
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/QuestionnaireResponse}: a person's kept check-ins, answering {@code Questionnaire/check-in}, newest
 * first; for whoever may see the person's record. Searched by {@code subject} (the caller when not given),
 * {@code questionnaire}, {@code authored} and {@code _lastUpdated}.
 */
@Component
class QuestionnaireResponseProvider implements IResourceProvider {

    private final PersonalRecords records;

    QuestionnaireResponseProvider(PersonalRecords records) {
        this.records = records;
    }

    @Override
    public Class<QuestionnaireResponse> getResourceType() {
        return QuestionnaireResponse.class;
    }

    @Read(version = false)
    public QuestionnaireResponse read(@IdParam IdType id) {
        return Ids.uuid(id)
                .flatMap(records::checkin)
                .map(CheckinResponses::response)
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = QuestionnaireResponse.SP_SUBJECT) @Nullable ReferenceParam subject,
            @OptionalParam(name = QuestionnaireResponse.SP_QUESTIONNAIRE) @Nullable ReferenceParam questionnaire,
            @OptionalParam(name = QuestionnaireResponse.SP_AUTHORED) @Nullable DateRangeParam authored,
            @OptionalParam(name = "_lastUpdated") @Nullable DateRangeParam lastUpdated,
            @Offset @Nullable Integer offset,
            @Count @Nullable Integer count) {
        List<QuestionnaireResponse> found = records.whose(subject).map(records::checkinsOf).orElse(List.of()).stream()
                .map(CheckinResponses::response)
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
