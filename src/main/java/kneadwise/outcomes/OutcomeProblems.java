package kneadwise.outcomes;

import java.util.List;
import kneadwise.system.ProblemDocument;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Session-log refusals as RFC 9457 problem documents. */
@RestControllerAdvice(assignableTypes = {OutcomesApi.class, NotesApi.class})
class OutcomeProblems {

    private static final MediaType PROBLEM_JSON = MediaType.parseMediaType(ProblemDocument.MEDIA_TYPE);

    @ExceptionHandler
    ResponseEntity<ProblemDocument> patientOnly(OutcomeRefusals.PatientLogsOnly refusal) {
        return answer(HttpStatus.FORBIDDEN, "urn:kneadwise:problem:patient-logs-only", "Not yours to log", refusal);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDocument> therapistWrites(OutcomeRefusals.TherapistWritesNotes refusal) {
        return answer(
                HttpStatus.FORBIDDEN, "urn:kneadwise:problem:therapist-writes-notes", "Not yours to write", refusal);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDocument> alreadyLogged(OutcomeRefusals.AlreadyLogged refusal) {
        return answer(HttpStatus.CONFLICT, "urn:kneadwise:problem:already-logged", "Already logged", refusal);
    }

    private static ResponseEntity<ProblemDocument> answer(
            HttpStatus status, String type, String title, RuntimeException refusal) {
        return ResponseEntity.status(status)
                .contentType(PROBLEM_JSON)
                .body(new ProblemDocument(
                        type, title, status.value(), String.valueOf(refusal.getMessage()), List.of()));
    }
}
