package kneadwise.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kneadwise.checkin.QuestionsView;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** {@code /fhir/Questionnaire}: our instruments, public, read by id or found by {@code url}. */
@Component
class QuestionnaireProvider implements IResourceProvider {

    private final Map<String, Questionnaire> byId = new LinkedHashMap<>();

    QuestionnaireProvider() {
        Questionnaires.all(QuestionsView.questions())
                .forEach(questionnaire -> byId.put(questionnaire.getIdElement().getIdPart(), questionnaire));
    }

    @Override
    public Class<Questionnaire> getResourceType() {
        return Questionnaire.class;
    }

    @Read(version = false)
    public Questionnaire read(@IdParam IdType id) {
        Questionnaire found = byId.get(id.getIdPart());
        if (found == null) {
            throw new ResourceNotFoundException(id);
        }
        return found.copy();
    }

    @Search
    public List<Questionnaire> search(
            @OptionalParam(name = Questionnaire.SP_URL) @Nullable UriParam url,
            @OptionalParam(name = "_lastUpdated") @Nullable DateRangeParam lastUpdated) {
        return byId.values().stream()
                .filter(questionnaire -> url == null || url.getValue().equals(questionnaire.getUrl()))
                .filter(questionnaire ->
                        Searches.within(lastUpdated, questionnaire.getMeta().getLastUpdated()))
                .map(Questionnaire::copy)
                .toList();
    }
}
