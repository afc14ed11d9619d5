package kneadwise.evidence;

import java.util.List;

/** The evidence data file is broken; every problem found is listed, so an editor can fix them in one go. */
public final class InvalidEvidenceBaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    InvalidEvidenceBaseException(List<String> problems) {
        super("The evidence base is invalid:\n- " + String.join("\n- ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
