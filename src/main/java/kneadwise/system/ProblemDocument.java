package kneadwise.system;

import java.util.List;

/**
 * An error answer in the RFC 9457 shape (CONTRACT.md section 6), the same over HTTP
 * ({@code application/problem+json}) and on the command line.
 */
public record ProblemDocument(String type, String title, int status, String detail, List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public ProblemDocument {
        errors = List.copyOf(errors);
    }

    /** The answer for a request body that is not JSON at all. */
    /** Nothing at this address or with this id. */
    public static ProblemDocument notFound(String detail) {
        return new ProblemDocument("urn:kneadwise:problem:not-found", "Not found", 404, detail, List.of());
    }

    public static ProblemDocument malformedJson(String what) {
        return new ProblemDocument(
                "urn:kneadwise:problem:malformed-json",
                "Malformed JSON",
                400,
                "The " + what + " is not valid JSON.",
                List.of(new FieldProblem("$", "This is not valid JSON.")));
    }
}
