package kneadwise.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.List;
import kneadwise.system.FieldProblem;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** A write the server will not take, as a 422 whose OperationOutcome has one issue per bad item, named by linkId. */
final class Refusals {

    private Refusals() {}

    static UnprocessableEntityException unprocessable(FhirContext fhir, String what, List<FieldProblem> problems) {
        OperationOutcome outcome = new OperationOutcome();
        for (FieldProblem problem : problems) {
            OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                    .setSeverity(IssueSeverity.ERROR)
                    .setCode(IssueType.INVALID)
                    .setDiagnostics(problem.field() + ": " + problem.message());
            issue.getDetails().setText(problem.message());
            issue.addExpression(expression(what, problem.field()));
        }
        return new UnprocessableEntityException(fhir, outcome);
    }

    /** A FHIRPath to the item, such as {@code QuestionnaireResponse.item.where(linkId='age')}, or the element. */
    private static String expression(String what, String field) {
        return field.contains(".") || Character.isUpperCase(field.charAt(0))
                ? what + "." + field
                : what + ".descendants().where(linkId='" + field.replace("'", "\\'") + "')";
    }
}
