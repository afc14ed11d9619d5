package kneadwise.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One address trying many accounts (a password spray) is throttled; a class of its own, as it blocks 127.0.0.1. */
@FullStackTest
class AddressThrottleTest {

    @Autowired
    ServiceClient service;

    @Test
    void oneAddressTryingManyAccountsIsThrottledToo() {
        String victim = People.signUp(service, "PATIENT");
        int status = 0;
        for (int attempt = 0; attempt <= LoginThrottle.PER_ADDRESS && status != 429; attempt++) {
            status = service.postJson("/api/v1/tokens", People.login("spray-" + attempt + "@example.org", "guess"))
                    .statusCode();
        }

        assertThat(status).as("a password spray from one address").isEqualTo(429);
        assertThat(service.postJson("/api/v1/tokens", People.login(victim, People.PASSWORD))
                        .statusCode())
                .as("every account is refused from that address for a while")
                .isEqualTo(429);
    }
}
