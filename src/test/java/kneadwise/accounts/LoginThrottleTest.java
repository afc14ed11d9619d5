package kneadwise.accounts;

import static kneadwise.accounts.People.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import kneadwise.testing.BrowserSession;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.Outbox;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Failed logins are throttled per account and client address, with a higher ceiling per account (and per address);
 * a limit holds even for the right password, and a stranger cannot lock the owner out (issue 16, item 3).
 */
@FullStackTest
class LoginThrottleTest {

    @Autowired
    ServiceClient service;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void afterFiveFailuresFromOneAddressThatAddressIsRefusedFor429EvenWithTheRightPassword() {
        String email = People.signUp(service, "PATIENT");
        for (int attempt = 1; attempt <= LoginThrottle.PER_ACCOUNT_AND_ADDRESS; attempt++) {
            assertThat(service.postJson("/api/v1/tokens", People.login(email, "guess " + attempt))
                            .statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> throttled = service.postJson("/api/v1/tokens", People.login(email, People.PASSWORD));

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, LoginThrottle.WINDOW.toSeconds()));
        assertThat(json(throttled).get("title").asString()).isEqualTo("Too many attempts");
    }

    @Test
    void aSuccessClearsTheAccountsEarlierFailures() {
        String email = People.signUp(service, "PATIENT");
        for (int attempt = 1; attempt < LoginThrottle.PER_ACCOUNT_AND_ADDRESS; attempt++) {
            service.postJson("/api/v1/tokens", People.login(email, "guess " + attempt));
        }
        assertThat(service.postJson("/api/v1/tokens", People.login(email, People.PASSWORD))
                        .statusCode())
                .isEqualTo(201);

        for (int attempt = 1; attempt < LoginThrottle.PER_ACCOUNT_AND_ADDRESS; attempt++) {
            service.postJson("/api/v1/tokens", People.login(email, "guess again " + attempt));
        }

        assertThat(service.postJson("/api/v1/tokens", People.login(email, People.PASSWORD))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void aStrangerGuessingFromElsewhereDoesNotLockTheOwnerOut() {
        String email = People.signUp(service, "PATIENT");
        ServiceClient stranger = service.from("127.0.0.2");
        for (int attempt = 1; attempt <= LoginThrottle.PER_ACCOUNT_AND_ADDRESS; attempt++) {
            stranger.postJson("/api/v1/tokens", People.login(email, "guess " + attempt));
        }
        assertThat(stranger.postJson("/api/v1/tokens", People.login(email, People.PASSWORD))
                        .statusCode())
                .as("the guessing address is throttled")
                .isEqualTo(429);

        assertThat(service.postJson("/api/v1/tokens", People.login(email, People.PASSWORD))
                        .statusCode())
                .as("the owner, from their own address")
                .isEqualTo(201);
    }

    @Test
    void aDistributedAttackMeetsTheHigherAccountCeilingAndTheResetLinkLetsTheOwnerIn() {
        String email = People.signUp(service, "PATIENT");
        int failures = 0;
        for (int client = 10; failures < LoginThrottle.PER_ACCOUNT; client++) {
            ServiceClient attacker = service.from("127.0.1." + client);
            for (int attempt = 0;
                    attempt < LoginThrottle.PER_ACCOUNT_AND_ADDRESS && failures < LoginThrottle.PER_ACCOUNT;
                    attempt++) {
                assertThat(attacker.postJson("/api/v1/tokens", People.login(email, "guess " + failures))
                                .statusCode())
                        .isEqualTo(401);
                failures++;
            }
        }
        assertThat(service.postJson("/api/v1/tokens", People.login(email, People.PASSWORD))
                        .statusCode())
                .as("past the account's ceiling, everyone waits")
                .isEqualTo(429);

        BrowserSession browser = new BrowserSession(port);
        browser.submit("/password-reset", "/password-reset", Map.of("email", email));
        String path = "/password-reset/" + Outbox.secretFrom(context, email, MailFlowsTest.RESET_LINK);
        assertThat(browser.submit(path, path, Map.of("password", "the owner's new passphrase"))
                        .headers()
                        .firstValue("Location"))
                .hasValue("/login?reset");

        assertThat(service.postJson("/api/v1/tokens", People.login(email, "the owner's new passphrase"))
                        .statusCode())
                .as("the owner proved the email")
                .isEqualTo(201);
    }
}
