package kneadwise.accounts;

import static java.util.Objects.requireNonNull;

import kneadwise.system.JsonInput;
import kneadwise.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Proving an email address through the API: use the secret of the mailed link (no login needed: the link is the
 * proof), or ask for a new link.
 */
@RestController
class EmailVerificationApi {

    record Sent(String email, String verification) {}

    private final EmailVerifications verifications;

    EmailVerificationApi(EmailVerifications verifications) {
        this.verifications = verifications;
    }

    @PostMapping(path = "/api/v1/email-verifications", consumes = "application/json")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void verify(@RequestBody JsonNode body) {
        JsonInput input = new JsonInput();
        String token = body.isObject() ? input.line(body, "token", "token") : input.problem("$", "must be an object");
        input.throwIfInvalid("email verification");
        if (verifications.verify(requireNonNull(token)).isEmpty()) {
            throw new NotFoundException("The verification link");
        }
    }

    /** A new link, unless the email is verified already; at most a few a day. */
    @PostMapping(path = "/api/v1/me/email-verification", produces = "application/json")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Sent sendAgain(@AuthenticationPrincipal SignedIn me) {
        boolean sent = verifications.sendAgain(me.account());
        return new Sent(me.account().email(), sent ? "SENT" : "VERIFIED");
    }
}
