package kneadwise.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One invalid field of a request: where it is (for example {@code odi[3]}) and what is wrong, in plain words. */
public record FieldProblem(String field, String message) {

    /** The messages by field, in order, as a page shows them beside each field (two for one field joined). */
    public static Map<String, String> byField(List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(problem -> byField.merge(problem.field(), problem.message(), (a, b) -> a + " " + b));
        return byField;
    }
}
