package kneadwise.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import kneadwise.system.ProblemDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * What is refused before any other code sees a request (issue 17, item 1): a body over {@link #BODY_LIMIT} (413), a
 * query or form parameter with a NUL character or half a surrogate pair (400, naming the parameter), and a request
 * for the error page itself (404: it is only ever reached by forwarding after an error).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RequestGuard extends OncePerRequestFilter {

    /** No form or JSON body of this service comes near it; a bigger one is a mistake or an attack. */
    static final long BODY_LIMIT = 1024 * 1024;

    private final JsonMapper json;

    RequestGuard(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().equals("/error")) {
            refuse(request, response, 404, ProblemDocument.notFound("Nothing at /error"));
            return;
        }
        if (request.getContentLengthLong() > BODY_LIMIT) {
            refuse(request, response, 413, tooLarge());
            return;
        }
        HttpServletRequest limited = new LimitedBody(request);
        for (Map.Entry<String, String[]> parameter : limited.getParameterMap().entrySet()) {
            String nameProblem = TextChecks.problemWith(parameter.getKey());
            String problem = nameProblem;
            for (String value : parameter.getValue()) {
                if (problem == null) {
                    problem = TextChecks.problemWith(value);
                }
            }
            if (problem != null) {
                // a name that is itself bad text is not repeated back
                String name = nameProblem == null ? parameter.getKey() : "(a name)";
                refuse(
                        request,
                        response,
                        400,
                        new ProblemDocument(
                                "urn:kneadwise:problem:invalid-input",
                                "Invalid input",
                                400,
                                "The parameter " + name + " " + problem + ".",
                                java.util.List.of(new kneadwise.system.FieldProblem(name, problem))));
                return;
            }
        }
        chain.doFilter(limited, response);
    }

    static ProblemDocument tooLarge() {
        return new ProblemDocument(
                "urn:kneadwise:problem:too-large",
                "Request too large",
                413,
                "The request body is larger than " + BODY_LIMIT / 1024 + " KB.",
                java.util.List.of());
    }

    /** A problem document for API clients, the error page (by the container's error forwarding) for people. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, ProblemDocument problem)
            throws IOException {
        if (request.getRequestURI().startsWith("/api/") || !acceptsHtml(request)) {
            response.setStatus(status);
            response.setContentType(ProblemDocument.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(json.writeValueAsBytes(problem));
        } else {
            response.sendError(status);
        }
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        @Nullable String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    /** Thrown while reading a body without a length that turns out bigger than the limit. */
    static final class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLarge() {
            super("The request body is larger than " + BODY_LIMIT + " bytes.");
        }
    }

    /** A request whose body stream stops with {@link BodyTooLarge} past the limit (for bodies sent in chunks). */
    private static final class LimitedBody extends HttpServletRequestWrapper {

        private @Nullable ServletInputStream limited;

        LimitedBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream body = super.getInputStream();
                limited = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int next = body.read();
                        if (next >= 0) {
                            count(1);
                        }
                        return next;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = body.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws BodyTooLarge {
                        read += n;
                        if (read > BODY_LIMIT) {
                            throw new BodyTooLarge();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return body.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return body.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        body.setReadListener(listener);
                    }
                };
            }
            return limited;
        }
    }
}
