package kneadwise.system.web;

import static kneadwise.testing.PageChecks.assertRedirectsTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import kneadwise.accounts.People;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The inputs an outside test saw answered with 500 (issue 17), each answered with a 4xx now: a garbage session
 * cookie, NUL and half surrogate pairs in text, bodies that are not UTF-8, a JSON null where an object belongs, a
 * date-time outside any calendar, a 300-digit id, a body over the limit, and the error page asked for directly.
 */
@FullStackTest
class BadBytesTest {

    @LocalServerPort
    int port;

    @Autowired
    ServiceClient service;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aGarbageSessionCookieIsNoSession() throws Exception {
        String nul = Base64.getEncoder().encodeToString("a\u0000b".getBytes(StandardCharsets.UTF_8));
        for (String cookie : new String[] {nul, "%00", "not base64 at all", ""}) {
            HttpResponse<String> home = send(HttpRequest.newBuilder(uri("/")).header("Cookie", "SESSION=" + cookie));
            HttpResponse<String> me =
                    send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Cookie", "SESSION=" + cookie));
            HttpResponse<String> account =
                    send(HttpRequest.newBuilder(uri("/account")).header("Cookie", "SESSION=" + cookie));

            assertThat(home.statusCode()).as(cookie).isEqualTo(200);
            assertThat(me.statusCode()).as(cookie).isEqualTo(401);
            assertRedirectsTo(account, "/login");
        }
    }

    @Test
    void nulAndHalfSurrogatePairsAreRefusedByName() throws Exception {
        HttpResponse<String> nul = service.postJson(
                "/api/v1/accounts",
                "{\"email\": \"nul@example.org\", \"password\": \"a good passphrase\", \"name\": \"a\\u0000b\","
                        + " \"role\": \"PATIENT\"}");
        HttpResponse<String> surrogate = service.postJson(
                "/api/v1/claims/check", "{\"text\": \"massage \\ud800 detox\", \"list\": [\"ok\", \"\\udc00\"]}");
        HttpResponse<String> query = service.get("/api/v1/therapists?postalCode=100%0001");

        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(fields(nul)).containsExactly("name");
        assertThat(surrogate.statusCode()).isEqualTo(400);
        assertThat(fields(surrogate)).containsExactly("text", "list[1]");
        assertThat(query.statusCode()).isEqualTo(400);
        assertThat(fields(query)).containsExactly("postalCode");
        assertThat(service.postJson("/api/v1/tokens", People.login("nul@example.org", "a good passphrase"))
                        .statusCode())
                .as("nothing was stored")
                .isEqualTo(401);
    }

    @Test
    void aBodyThatIsNotUtf8OrNamesAnUnknownCharsetIsRefused() throws Exception {
        byte[] notUtf8 = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        HttpResponse<String> invalid = send(HttpRequest.newBuilder(uri("/api/v1/claims/check"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(notUtf8)));
        HttpResponse<String> latin1 = send(HttpRequest.newBuilder(uri("/api/v1/claims/check"))
                .header("Content-Type", "application/json; charset=ISO-8859-1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(notUtf8)));

        HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/api/v1/claims/check"))
                .header("Content-Type", "application/json; charset=no-such-charset")
                .POST(HttpRequest.BodyPublishers.ofByteArray(notUtf8)));

        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(latin1.statusCode()).as("read as the Latin-1 it says it is").isEqualTo(200);
        assertThat(unknown.statusCode()).isBetween(400, 499);
    }

    @Test
    void aJsonNullWhereAnObjectBelongsIsAnInvalidField() {
        ServiceClient patient = People.newPatient(service);

        for (String body :
                new String[] {"null", "{\"therapistId\": null, \"start\": null, \"sessions\": null}", "[null]"}) {
            HttpResponse<String> refused = patient.postJson("/api/v1/courses", body);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
        }
        assertThat(service.postJson("/api/v1/assessments", "null").statusCode()).isEqualTo(400);
    }

    @Test
    void aDateTimeOutsideAnyCalendarIsAnInvalidField() {
        ServiceClient patient = People.newPatient(service);

        HttpResponse<String> far = patient.postJson(
                "/api/v1/courses",
                "{\"therapistId\": \"00000000-0000-4000-8000-000000000000\", \"start\": \"+999999999-12-31T23:59:59Z\","
                        + " \"sessions\": 1, \"intervalDays\": 7}");
        HttpResponse<String> slots =
                service.get("/api/v1/therapists/00000000-0000-4000-8000-000000000000/slots?from=%2B999999999-12-31");

        assertThat(far.statusCode()).isBetween(400, 499);
        assertThat(slots.statusCode()).isBetween(400, 499);
    }

    @Test
    void aThreeHundredDigitIdNamesNothing() {
        ServiceClient patient = People.newPatient(service);
        String id = "1".repeat(300);

        assertThat(patient.get("/api/v1/courses/" + id).statusCode()).isEqualTo(404);
        assertThat(service.get("/api/v1/therapists/" + id).statusCode()).isEqualTo(404);
        assertThat(patient.delete("/api/v1/appointments/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aBodyOverOneMegabyteIs413() throws Exception {
        byte[] big = new byte[(int) RequestGuard.BODY_LIMIT + 10];
        Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        big[big.length - 1] = '}';

        HttpResponse<String> withLength = send(HttpRequest.newBuilder(uri("/api/v1/claims/check"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri("/api/v1/claims/check"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))));

        assertThat(withLength.statusCode()).isEqualTo(413);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(People.json(chunked).get("title").asString()).isEqualTo("Request too large");
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() throws Exception {
        assertThat(service.get("/error").statusCode()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(uri("/error")).header("Accept", "text/html"))
                        .statusCode())
                .isEqualTo(404);
    }

    private static java.util.List<String> fields(HttpResponse<String> response) {
        JsonNode errors = People.json(response).get("errors");
        return errors.valueStream().map(error -> error.get("field").asString()).toList();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
