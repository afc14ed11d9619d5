package kneadwise.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * One client address signing up many accounts is throttled (issue 16, item 2); a class of its own with a low
 * limit, as the others sign up many people from 127.0.0.1.
 */
@FullStackTest
@TestPropertySource(properties = "kneadwise.accounts.sign-ups-per-client-per-hour=3")
class SignUpThrottleTest {

    @Autowired
    ServiceClient service;

    @Test
    void oneClientSigningUpManyAddressesIsThrottled() {
        for (int account = 0; account < 3; account++) {
            People.signUp(service, "PATIENT");
        }

        HttpResponse<String> throttled = service.postJson(
                "/api/v1/accounts", People.account("fourth@example.org", People.PASSWORD, "Fourth", "PATIENT"));

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(People.json(throttled).get("detail").asString()).contains("sign-ups from your network address");
        assertThat(service.postJson("/api/v1/tokens", People.login("fourth@example.org", People.PASSWORD))
                        .statusCode())
                .as("nothing was stored")
                .isEqualTo(401);
    }
}
