package kneadwise.system;

/**
 * A setting of the service (an environment variable or {@code --option}) that cannot be used: the start stops with
 * one paragraph naming the setting, what is wrong and how to mend it ({@link InvalidSettingFailureAnalyzer}).
 */
public final class InvalidSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String action;

    public InvalidSettingException(String problem, String action) {
        super(problem);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
