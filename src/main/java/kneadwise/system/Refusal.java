package kneadwise.system;

import java.util.Map;

/**
 * A request refused for a reason of the domain (not invalid fields: {@link InvalidInputException}), with the HTTP
 * status and RFC 9457 problem type it is answered with. Modules throw their own subclasses; one handler in
 * {@code system.web} answers every one of them, from any controller (issue 17: one error path, which a new controller
 * cannot fall through).
 */
public abstract class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;

    /**
     * @param type the last part of the problem type, {@code urn:kneadwise:problem:<type>}
     * @param detail what happened and what to do, for a person
     */
    protected Refusal(int status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = "urn:kneadwise:problem:" + type;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return String.valueOf(getMessage());
    }

    /** Members of the problem document besides the standard ones (such as what clashed); none by default. */
    public Map<String, Object> members() {
        return Map.of();
    }

    /** Headers of the answer (such as {@code Retry-After}); none by default. */
    public Map<String, String> headers() {
        return Map.of();
    }
}
