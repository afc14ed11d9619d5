package kneadwise.accounts;

import java.io.Serializable;
import java.util.UUID;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The signed-in person of a request, as the security principal: controllers of any module take it with
 * {@code @AuthenticationPrincipal SignedIn me}.
 */
public record SignedIn(Account account) implements AuthenticatedPrincipal, Serializable {

    private static final long serialVersionUID = 1L;

    public UUID id() {
        return account.id();
    }

    /** The account id: what web sessions are indexed by, so that "log out everywhere" can find them all. */
    @Override
    public String getName() {
        return account.id().toString();
    }
}
