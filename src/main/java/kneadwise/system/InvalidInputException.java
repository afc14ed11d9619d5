package kneadwise.system;

import java.util.List;

/** A request with invalid fields; every problem is listed, and nothing of the request was stored. */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final List<FieldProblem> problems;

    /**
     * @param kind what was sent, in lower case, for the title: "intake" gives "Invalid intake"
     */
    public InvalidInputException(String kind, List<FieldProblem> problems) {
        super("Invalid " + kind + ": " + problems);
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public ProblemDocument toProblemDocument() {
        return new ProblemDocument(
                "urn:kneadwise:problem:invalid-" + kind.replace(' ', '-'),
                "Invalid " + kind,
                400,
                problems.size() == 1 ? "1 field is invalid." : problems.size() + " fields are invalid.",
                problems);
    }
}
