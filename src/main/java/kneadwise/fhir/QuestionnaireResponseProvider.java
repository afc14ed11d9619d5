package kneadwise.fhir;

import ca.uhn.fhir.context.FhirContext;
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
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.List;
import kneadwise.accounts.Account;
import kneadwise.accounts.Role;
import kneadwise.system.FieldProblem;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /fhir/QuestionnaireResponse}: a person's kept check-ins, answering {@code Questionnaire/check-in}, newest
 * first; for whoever may see the person's record. Searched by {@code subject} (the caller when not given),
 * {@code questionnaire}, {@code authored} and {@code _lastUpdated}. A patient posts a new one for themselves.
 */
@Component
class QuestionnaireResponseProvider implements IResourceProvider {

    private final PersonalRecords records;
    private final FhirContext fhir;

    QuestionnaireResponseProvider(PersonalRecords records, FhirContext fhir) {
        this.records = records;
        this.fhir = fhir;
    }

    /**
     * A patient's own completed check-in: assessed and kept exactly as {@code POST /api/v1/me/assessments}, so its
     * scores and flags exist at once; 422 naming each bad item by linkId, and then nothing is kept.
     */
    @Create
    public MethodOutcome create(@ResourceParam QuestionnaireResponse response) {
        Account me = records.viewer();
        if (me.role() != Role.PATIENT) {
            throw new ForbiddenOperationException("Only a patient posts a check-in, into their own record.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String checkIn = Definitions.canonical("Questionnaire", Questionnaires.CHECK_IN);
        if (!checkIn.equals(response.getQuestionnaire())
                && !(checkIn + "|" + Definitions.VERSION).equals(response.getQuestionnaire())) {
            problems.add(new FieldProblem("questionnaire", "must be " + checkIn));
        }
        if (response.getStatus() != QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED) {
            problems.add(new FieldProblem("status", "must be completed"));
        }
        if (response.hasSubject()
                && !("Patient/" + me.id()).equals(response.getSubject().getReference())) {
            problems.add(new FieldProblem("subject", "must be you, Patient/" + me.id() + ", or left out"));
        }
        ObjectNode intake = CheckinResponses.intake(response, problems);
        // The intake's own reader judges the values: every bad item is named at once, whatever kind of wrong.
        for (FieldProblem problem : records.problemsIn(intake)) {
            FieldProblem named = new FieldProblem(CheckinResponses.linkIdOf(problem.field()), problem.message());
            if (problems.stream().noneMatch(known -> known.field().equals(named.field()))) {
                problems.add(named);
            }
        }
        if (!problems.isEmpty()) {
            throw Refusals.unprocessable(fhir, "QuestionnaireResponse", problems);
        }
        QuestionnaireResponse kept = CheckinResponses.response(records.keep(intake));
        return new MethodOutcome(kept.getIdElement().withResourceType("QuestionnaireResponse"), true).setResource(kept);
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
