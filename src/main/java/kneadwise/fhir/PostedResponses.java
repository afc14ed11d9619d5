package kneadwise.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import kneadwise.accounts.Account;
import kneadwise.accounts.Role;
import kneadwise.outcomes.SessionLog;
import kneadwise.system.FieldProblem;
import kneadwise.system.InvalidInputException;
import kneadwise.system.NotFoundException;
import kneadwise.system.Refusal;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * A patient's posted QuestionnaireResponse, stored as what it answers: a check-in ({@code Questionnaire/check-in},
 * kept as {@code POST /api/v1/me/assessments} keeps one) or a session's log ({@code Questionnaire/session-log}, its
 * course in {@code basedOn}, logged as {@code POST /api/v1/courses/{id}/outcomes} logs one). Its scores and flags
 * exist at once. Anything wrong is a 422 naming each bad item by linkId, and nothing is stored.
 */
@Component
class PostedResponses {

    private final PersonalRecords records;
    private final FhirContext fhir;

    PostedResponses(PersonalRecords records, FhirContext fhir) {
        this.records = records;
        this.fhir = fhir;
    }

    /** The stored response as it now reads. */
    QuestionnaireResponse store(QuestionnaireResponse response) {
        Account me = records.viewer();
        if (me.role() != Role.PATIENT) {
            throw new ForbiddenOperationException("Only a patient posts a response, into their own record.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (response.getStatus() != QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED) {
            problems.add(new FieldProblem("status", "must be completed"));
        }
        if (response.hasSubject()
                && !("Patient/" + me.id()).equals(response.getSubject().getReference())) {
            problems.add(new FieldProblem("subject", "must be you, Patient/" + me.id() + ", or left out"));
        }
        if (answers(response, Questionnaires.CHECK_IN)) {
            return checkIn(response, problems);
        }
        if (answers(response, Questionnaires.SESSION_LOG)) {
            return sessionLog(response, me, problems);
        }
        problems.add(new FieldProblem(
                "questionnaire",
                "must be " + Definitions.canonical("Questionnaire", Questionnaires.CHECK_IN) + " or "
                        + Definitions.canonical("Questionnaire", Questionnaires.SESSION_LOG)));
        throw Refusals.unprocessable(fhir, "QuestionnaireResponse", problems);
    }

    private QuestionnaireResponse checkIn(QuestionnaireResponse response, List<FieldProblem> problems) {
        ObjectNode intake = CheckinResponses.intake(response, problems);
        // The intake's own reader judges the values: every bad item is named at once, whatever kind of wrong.
        for (FieldProblem problem : records.problemsIn(intake)) {
            add(problems, new FieldProblem(CheckinResponses.linkIdOf(problem.field()), problem.message()));
        }
        refuseIfAny(problems);
        return CheckinResponses.response(records.keep(intake));
    }

    private QuestionnaireResponse sessionLog(QuestionnaireResponse response, Account me, List<FieldProblem> problems) {
        Optional<UUID> course = response.getBasedOn().size() == 1
                ? Optional.ofNullable(response.getBasedOnFirstRep().getReference())
                        .filter(reference -> reference.startsWith("CarePlan/"))
                        .flatMap(reference -> Ids.uuid(new IdType(reference)))
                : Optional.empty();
        if (course.isEmpty()) {
            problems.add(new FieldProblem("basedOn", "must be the course, as one CarePlan/<course id>"));
        }
        ObjectNode body = SessionLogResponses.body(response, problems);
        refuseIfAny(problems);
        try {
            SessionLog log = records.log(course.orElseThrow(), body);
            return SessionLogResponses.response(log, me.id());
        } catch (InvalidInputException invalid) {
            throw Refusals.unprocessable(fhir, "QuestionnaireResponse", named(invalid, SessionLogResponses::linkIdOf));
        } catch (NotFoundException notYours) {
            throw Refusals.unprocessable(
                    fhir, "QuestionnaireResponse", List.of(new FieldProblem("basedOn", "no such course of yours")));
        } catch (Refusal refused) {
            if (refused.status() == 409) {
                throw new ResourceVersionConflictException(refused.detail());
            }
            throw new ForbiddenOperationException(refused.detail());
        }
    }

    private static boolean answers(QuestionnaireResponse response, String questionnaire) {
        String canonical = Definitions.canonical("Questionnaire", questionnaire);
        String asked = response.getQuestionnaire();
        return canonical.equals(asked) || (canonical + "|" + Definitions.VERSION).equals(asked);
    }

    private static List<FieldProblem> named(InvalidInputException invalid, UnaryOperator<String> linkIdOf) {
        List<FieldProblem> problems = new ArrayList<>();
        invalid.problems()
                .forEach(
                        problem -> add(problems, new FieldProblem(linkIdOf.apply(problem.field()), problem.message())));
        return problems;
    }

    private static void add(List<FieldProblem> problems, FieldProblem problem) {
        if (problems.stream().noneMatch(known -> known.field().equals(problem.field()))) {
            problems.add(problem);
        }
    }

    private void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw Refusals.unprocessable(fhir, "QuestionnaireResponse", problems);
        }
    }
}
