package kneadwise.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FullStackTest
class HealthTest {

    @Autowired
    ServiceClient service;

    @Test
    void reportsUpWhenTheDatabaseAnswers() {
        HttpResponse<String> response = service.get("/healthz");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void anUnknownPathIsANotFoundNotAnError() {
        assertThat(service.get("/no-such-page").statusCode()).isEqualTo(404);
    }
}
