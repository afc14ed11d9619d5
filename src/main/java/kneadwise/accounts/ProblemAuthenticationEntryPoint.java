package kneadwise.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import kneadwise.system.ProblemDocument;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/** The API's answer to a request that needs a login and has none: 401 with a problem document. */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final JsonMapper json;

    ProblemAuthenticationEntryPoint(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setStatus(401);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        response.setContentType(ProblemDocument.MEDIA_TYPE);
        json.writeValue(
                response.getOutputStream(),
                new ProblemDocument(
                        "urn:kneadwise:problem:not-signed-in",
                        "Not signed in",
                        401,
                        "This needs a valid API token: Authorization: Bearer <token> (POST /api/v1/tokens).",
                        List.of()));
    }

    /** 403 for a signed-in caller whose role does not reach the path (administration). */
    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        response.setStatus(403);
        response.setContentType(ProblemDocument.MEDIA_TYPE);
        json.writeValue(
                response.getOutputStream(),
                new ProblemDocument(
                        "urn:kneadwise:problem:forbidden",
                        "Forbidden",
                        403,
                        "Your role does not allow this.",
                        List.of()));
    }
}
