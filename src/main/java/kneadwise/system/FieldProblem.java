package kneadwise.system;

/** One invalid field of a request: where it is (for example {@code odi[3]}) and what is wrong, in plain words. */
public record FieldProblem(String field, String message) {}
