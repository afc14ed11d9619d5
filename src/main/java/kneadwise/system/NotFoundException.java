package kneadwise.system;

/**
 * 404: the thing asked for does not exist, or the caller may not know that it does (another person's record answers
 * exactly like a missing one).
 */
public final class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what + " was not found.");
    }
}
