package kneadwise.system.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import kneadwise.system.ProblemDocument;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address that leads nowhere: a page saying so for a browser, a problem document for everyone else. Without this,
 * Spring's default answer is JSON even to a person.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageNotFound {

    @ExceptionHandler
    Object notFound(NoResourceFoundException missing, HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
        }
        ProblemDocument problem = ProblemDocument.notFound("Nothing at /" + missing.getResourcePath());
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.parseMediaType(ProblemDocument.MEDIA_TYPE))
                .body(problem);
    }
}
