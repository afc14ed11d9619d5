package kneadwise.accounts;

import static kneadwise.accounts.People.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Failed logins are throttled per account (and per address); the limit holds even for the right password. */
@FullStackTest
class LoginThrottleTest {

    @Autowired
    ServiceClient service;

    @Test
    void afterFiveFailuresTheAccountIsRefusedFor429EvenWithTheRightPassword() {
        String email = People.signUp(service, "PATIENT");
        for (int attempt = 1; attempt <= LoginThrottle.PER_ACCOUNT; attempt++) {
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
        for (int attempt = 1; attempt < LoginThrottle.PER_ACCOUNT; attempt++) {
            service.postJson("/api/v1/tokens", People.login(email, "guess " + attempt));
        }
        assertThat(service.postJson("/api/v1/tokens", People.login(email, People.PASSWORD))
                        .statusCode())
                .isEqualTo(201);

        for (int attempt = 1; attempt < LoginThrottle.PER_ACCOUNT; attempt++) {
            service.postJson("/api/v1/tokens", People.login(email, "guess again " + attempt));
        }

        assertThat(service.postJson("/api/v1/tokens", People.login(email, People.PASSWORD))
                        .statusCode())
                .isEqualTo(201);
    }
}
