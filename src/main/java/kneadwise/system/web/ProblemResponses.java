package kneadwise.system.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import kneadwise.system.InvalidInputException;
import kneadwise.system.NotFoundException;
import kneadwise.system.ProblemDocument;
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
 * Invalid input and malformed JSON become 400 problem documents naming every bad field (CONTRACT.md section 6).
 * Other framework errors (405, 415, 404) are RFC 9457 documents too ({@code spring.mvc.problemdetails.enabled}).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's own handler of unreadable bodies
class ProblemResponses {

    private static final MediaType PROBLEM_JSON = MediaType.parseMediaType(ProblemDocument.MEDIA_TYPE);

    @ExceptionHandler
    ResponseEntity<ProblemDocument> invalidInput(InvalidInputException invalid) {
        return answer(invalid.toProblemDocument());
    }

    /** A page for a browser (the same "not found" page as a wrong address), a problem document otherwise. */
    @ExceptionHandler
    Object notFound(NotFoundException notFound, HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (!request.getRequestURI().startsWith("/api/")
                && accept != null
                && accept.contains(MediaType.TEXT_HTML_VALUE)) {
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
