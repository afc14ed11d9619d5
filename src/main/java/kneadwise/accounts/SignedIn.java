package kneadwise.accounts;

import java.util.UUID;

/**
 * The signed-in person of a request, as the security principal: controllers of any module take it with
 * {@code @AuthenticationPrincipal SignedIn me}.
 */
public record SignedIn(Account account) {

    public UUID id() {
        return account.id();
    }
}
