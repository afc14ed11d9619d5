package kneadwise.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kneadwise.accounts.People;
import kneadwise.booking.BookingTestSetup;
import kneadwise.booking.Practices;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.MutableClock;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The management port (CONTRACT.md section 12): its probes, and a Prometheus scrape that moves with what the service
 * does. The service's own port serves none of it but /healthz.
 */
@FullStackTest
@Import(BookingTestSetup.class)
class ManagementPortTest {

    @Autowired
    ServiceClient service;

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Value("${local.management.port}")
    int managementPort;

    @Test
    void probesAnswerOnTheManagementPortOnly() {
        ServiceClient management = new ServiceClient(managementPort);
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> answer = management.get(probe);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
            assertThat(service.get(probe).statusCode())
                    .as(probe + " on the service's port")
                    .isEqualTo(404);
        }
        assertThat(service.get("/actuator/prometheus").statusCode()).isEqualTo(404);
        assertThat(service.get("/healthz").body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(management.get("/actuator/env").statusCode())
                .as("nothing else is exposed")
                .isEqualTo(404);
    }

    @Test
    void theManagementPortListensOnTheLoopbackAddressOnly() throws Exception {
        Optional<InetAddress> other = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(
                other.isPresent(), "this machine has no address but loopback to try the port on");
        try (Socket socket = new Socket()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> socket.connect(new InetSocketAddress(other.get(), managementPort), 2000))
                    .as("the management port on " + other.get())
                    .isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void theScrapeCountsRequestsBookingsCheckInsMailAndExports() {
        ServiceClient management = new ServiceClient(managementPort);
        String before = scrape(management);
        for (String family : new String[] {
            "hikaricp_connections_active",
            "hikaricp_connections_max",
            "kneadwise_mail_queued",
            "kneadwise_mail_failed_total",
            "kneadwise_mail_sent_total",
            "kneadwise_exports_running",
            "kneadwise_bookings_total",
            "kneadwise_checkins_total",
            "jvm_memory_used_bytes"
        }) {
            assertThat(before).as(family).containsPattern("(?m)^" + family + "(\\{| )");
        }
        assertThat(value(before, "kneadwise_exports_running", "")).isZero();

        clock.set(BookingTestSetup.START);
        Practices.Practice practice = Practices.open(service, context, java.time.ZoneId.of("America/New_York"));
        String email = People.signUp(service, "PATIENT");
        ServiceClient patient = People.signedIn(service, email);
        HttpResponse<String> checkin = patient.postJson("/api/v1/me/assessments", """
                {"age": 52, "painDurationWeeks": 2, "painNow": 5, "findings": []}""");
        assertThat(checkin.statusCode()).as(checkin.body()).isEqualTo(201);
        HttpResponse<String> booked = patient.postJson("/api/v1/courses", """
                {"therapistId": "%s", "firstSessionStart": "2027-03-02T18:00:00-05:00", "sessions": 2,
                 "everyDays": 7}""".formatted(practice.id()));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        HttpResponse<String> refused = patient.postJson("/api/v1/courses", "{}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(service.get("/fhir/metadata").statusCode()).isEqualTo(200);
        assertThat(service.get("/fhir/Questionnaire/odi").statusCode()).isEqualTo(200);
        assertThat(service.get("/fhir/Questionnaire/no-such-one").statusCode()).isEqualTo(404);
        assertThat(service.get("/fhir/Madeup" + System.nanoTime()).statusCode()).isGreaterThanOrEqualTo(400);

        String after = scrape(management);
        assertThat(value(after, "kneadwise_checkins_total", "") - value(before, "kneadwise_checkins_total", ""))
                .isEqualTo(1);
        assertThat(value(after, "kneadwise_bookings_total", "") - value(before, "kneadwise_bookings_total", ""))
                .as("one booked, one refused")
                .isEqualTo(1);
        double queued = value(after, "kneadwise_mail_queued", "");
        jdbc.sql("""
                INSERT INTO system_mail_outbox (recipient, subject, body, created_at, send_after)
                VALUES ('later@example.org', 'Later', 'Text', now(), now() + interval '1 day')""").update();
        assertThat(value(scrape(management), "kneadwise_mail_queued", ""))
                .as("a mail not yet due is queued")
                .isEqualTo(queued + 1);
        // Requests per endpoint, by its template (never by the ids in the address), method and status.
        String created = "method=\"POST\",outcome=\"SUCCESS\",status=\"201\",uri=\"/api/v1/courses\"";
        String bad = "method=\"POST\",outcome=\"CLIENT_ERROR\",status=\"400\",uri=\"/api/v1/courses\"";
        assertThat(value(after, "http_server_requests_seconds_count", created)).isEqualTo(1);
        assertThat(value(after, "http_server_requests_seconds_count", bad)).isEqualTo(1);
        assertThat(after)
                .as("latency buckets per endpoint")
                .contains("http_server_requests_seconds_bucket{error=\"none\",exception=\"none\"," + created
                        + ",le=\"0.1\"}");
        // FHIR requests too, named by the FHIR server's own templates; a made-up type is not a series of its own
        assertThat(value(after, "http_server_requests_seconds_count", "status=\"200\",uri=\"/fhir/metadata\""))
                .isEqualTo(1);
        assertThat(value(after, "http_server_requests_seconds_count", "uri=\"/fhir/Questionnaire/{id}\""))
                .isEqualTo(1);
        assertThat(value(
                        after, "http_server_requests_seconds_count", "status=\"404\",uri=\"/fhir/Questionnaire/{id}\""))
                .isEqualTo(1);
        assertThat(after).doesNotContain("Madeup");
        assertThat(after).doesNotContain(practice.id().toString()).doesNotContain(email);
    }

    private static String scrape(ServiceClient management) {
        HttpResponse<String> scrape = management.get("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        return scrape.body();
    }

    /** The value of one series: its name and, inside the braces, exactly those labels ("" when it has none). */
    private static double value(String scrape, String name, String labels) {
        String series = labels.isEmpty() ? name : name + "\\{[^}]*" + Pattern.quote(labels) + "[^}]*\\}";
        Matcher line =
                Pattern.compile("(?m)^" + series + "(?:\\{[^}]*\\})? (\\S+)$").matcher(scrape);
        assertThat(line.find()).as(name + " {" + labels + "} in the scrape").isTrue();
        return Double.parseDouble(line.group(1));
    }
}
