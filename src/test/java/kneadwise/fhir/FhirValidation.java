package kneadwise.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kneadwise.checkin.QuestionsView;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.jspecify.annotations.Nullable;

/**
 * HAPI's instance validator against the R4 base specification, offline, with our own Questionnaires, CodeSystems
 * and ValueSets loaded: what CONTRACT.md section 10 says every served resource must pass with no errors. Costly to
 * build (it loads the whole specification), so one per test JVM.
 */
public final class FhirValidation {

    static final FhirContext FHIR = FhirContext.forR4Cached();

    private static final FhirValidator VALIDATOR = validator();

    private FhirValidation() {}

    /** The errors (and fatal errors) the validator finds in {@code resource}, each with where it is. */
    public static List<String> errorsIn(IBaseResource resource) {
        return VALIDATOR.validateWithResult(resource).getMessages().stream()
                .filter(message -> message.getSeverity() == ResultSeverityEnum.ERROR
                        || message.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidation::describe)
                .toList();
    }

    private static String describe(SingleValidationMessage message) {
        return message.getSeverity() + " " + message.getLocationString() + ": " + message.getMessage();
    }

    /** HAPI's generic client on this service's {@code /fhir}, sending {@code who}'s bearer token. */
    static ca.uhn.fhir.rest.client.api.IGenericClient client(int port, kneadwise.testing.ServiceClient who) {
        ca.uhn.fhir.rest.client.api.IGenericClient client =
                FHIR.newRestfulGenericClient("http://127.0.0.1:" + port + "/fhir");
        client.registerInterceptor(new ca.uhn.fhir.rest.client.interceptor.SimpleRequestHeaderInterceptor(
                "Authorization", who.header("Authorization").orElseThrow()));
        return client;
    }

    /** Hands the validator our Questionnaires by canonical URL, so that responses are judged against them. */
    private static final class OurQuestionnaires implements IValidationSupport {

        private final Map<String, Questionnaire> byUrl = new HashMap<>();

        OurQuestionnaires() {
            for (Questionnaire questionnaire : Questionnaires.all(QuestionsView.questions())) {
                byUrl.put(questionnaire.getUrl(), questionnaire);
            }
        }

        @Override
        public FhirContext getFhirContext() {
            return FHIR;
        }

        @Override
        public <T extends IBaseResource> @Nullable T fetchResource(@Nullable Class<T> type, String url) {
            // PrePopulatedValidationSupport keeps Questionnaires but does not answer this for them.
            Questionnaire found = byUrl.get(url.split("\\|")[0]);
            return type != null && type.isInstance(found) ? type.cast(found) : null;
        }
    }

    private static FhirValidator validator() {
        PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(FHIR);
        Questionnaires.all(QuestionsView.questions()).forEach(ours::addResource);
        CodeSystems.all().forEach(ours::addCodeSystem);
        CodeSystems.valueSets().forEach(ours::addValueSet);
        ValidationSupportChain chain = new ValidationSupportChain(
                new OurQuestionnaires(),
                ours,
                new DefaultProfileValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR),
                new InMemoryTerminologyServerValidationSupport(FHIR),
                new SnapshotGeneratingValidationSupport(FHIR));
        FhirValidator validator = FHIR.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
        return validator;
    }
}
