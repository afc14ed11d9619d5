package kneadwise.system.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kneadwise.system.InvalidInputException;
import kneadwise.system.NotFoundException;
import kneadwise.system.ProblemDocument;
import kneadwise.system.Refusal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one error path of every controller (issue 17): invalid input and malformed JSON become 400 problem documents
 * naming every bad field (CONTRACT.md section 6), "not found" a 404, and every {@link Refusal} of any module its own
 * status and problem type; a person's browser gets the error page instead. Other framework errors (405, 415, 404)
 * are RFC 9457 documents too ({@code spring.mvc.problemdetails.enabled}).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's own handler of unreadable bodies
class ProblemResponses {

    private static final MediaType PROBLEM_JSON = MediaType.parseMediaType(ProblemDocument.MEDIA_TYPE);

    @ExceptionHandler
    ResponseEntity<ProblemDocument> invalidInput(InvalidInputException invalid) {
        return answer(invalid.toProblemDocument());
    }

    /** Any module's refusal, from any controller: a problem document for API clients, the error page for people. */
    @ExceptionHandler
    Object refused(Refusal refusal, HttpServletRequest request) {
        if (wantsPage(request)) {
            return new ModelAndView("error", Map.of("status", refusal.status()), HttpStatus.valueOf(refusal.status()));
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", refusal.type());
        problem.put("title", refusal.title());
        problem.put("status", refusal.status());
        problem.put("detail", refusal.detail());
        problem.put("errors", List.of());
        problem.putAll(refusal.members());
        ResponseEntity.BodyBuilder answer =
                ResponseEntity.status(refusal.status()).contentType(PROBLEM_JSON);
        refusal.headers().forEach(answer::header);
        return answer.body(problem);
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return !request.getRequestURI().startsWith("/api/")
                && accept != null
                && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    /** A page for a browser (the same "not found" page as a wrong address), a problem document otherwise. */
    @ExceptionHandler
    Object notFound(NotFoundException notFound, HttpServletRequest request) {
        if (wantsPage(request)) {
            return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
        }
        ProblemDocument problem = ProblemDocument.notFound(String.valueOf(notFound.getMessage()));
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDocument> unreadable(HttpMessageNotReadableException unreadable) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestGuard.BodyTooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                        .contentType(PROBLEM_JSON)
                        .body(RequestGuard.tooLarge());
            }
        }
        return answer(ProblemDocument.malformedJson("request body"));
    }

    private static ResponseEntity<ProblemDocument> answer(ProblemDocument problem) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(PROBLEM_JSON)
                .body(problem);
    }
}
