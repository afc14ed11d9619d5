package kneadwise.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import kneadwise.checkin.QuestionsView;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** {@code /fhir/Questionnaire}: our instruments, public, read by id or found by {@code url}. */
@Component
class QuestionnaireProvider implements IResourceProvider {

    private final DefinitionCatalog<Questionnaire> catalog =
            new DefinitionCatalog<>(Questionnaires.all(QuestionsView.questions()));

    @Override
    public Class<Questionnaire> getResourceType() {
        return Questionnaire.class;
    }

    @Read(version = false)
    public Questionnaire read(@IdParam IdType id) {
        return catalog.read(id);
    }

    @Search
    public List<Questionnaire> search(
            @OptionalParam(name = Questionnaire.SP_URL) @Nullable UriParam url,
            @OptionalParam(name = "_lastUpdated") @Nullable DateRangeParam lastUpdated) {
        return catalog.search(url, lastUpdated);
    }
}
