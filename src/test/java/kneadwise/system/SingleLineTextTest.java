package kneadwise.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import kneadwise.accounts.People;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16, item 7: names and other single-line text refuse control characters (a line break could forge a mail
 * header, a log line or a CSV row) with a 400 naming the field, and the log never starts a line on user text.
 */
@FullStackTest
@ExtendWith(OutputCaptureExtension.class)
class SingleLineTextTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ServiceClient service;

    @Test
    void theOneLineCheckRefusesEveryControlCharacterAndLineSeparator() {
        assertThat(SingleLine.isOneLine("Dana O'Neil-Smith, 1 Main St. #2")).isTrue();
        assertThat(SingleLine.isOneLine("Zoë Ångström 名前")).isTrue();
        for (char c : new char[] {'\n', '\r', '\t', '\u0000', '\u001B', '\u007F', '\u0085', '\u2028', '\u2029'}) {
            assertThat(SingleLine.isOneLine("a" + c + "b"))
                    .as("U+%04X", (int) c)
                    .isFalse();
        }
    }

    @Test
    void aSignUpWithALineBreakInTheNameOrAControlCharacterInTheEmailNamesBoth() {
        HttpResponse<String> response = service.postJson("/api/v1/accounts", """
                {"email": "eve\\u0001@example.org", "password": "a long enough passphrase",
                 "name": "Eve\\r\\nBcc: everyone@example.org", "role": "PATIENT"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("email", "name");
    }

    @Test
    void aTherapistProfileRefusesALineBreakInItsNameAndAddress() {
        ServiceClient therapist = People.signedIn(service, People.signUp(service, "THERAPIST"));

        HttpResponse<String> response = therapist.send("PUT", "/api/v1/me/therapist-profile", """
                {"name": "Flo\\nHarbor", "techniques": ["SWEDISH"], "languages": ["en"], "pricePerSession": 60,
                 "postalCode": "02110", "address": "1 Main St\\r\\n2nd floor"}""", "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(response)).contains("name", "address");
    }

    @Test
    void aLoggedMessageWithALineBreakStaysOnOneLine(CapturedOutput output) {
        LoggerFactory.getLogger(SingleLineTextTest.class).info("user text: first\r\nINFO forged line\u2028end");

        String line = output.getOut()
                .lines()
                .filter(l -> l.contains("user text:"))
                .findFirst()
                .orElseThrow();
        assertThat(line).contains("first  INFO forged line end");
        assertThat(output.getOut().lines()).noneMatch(l -> l.startsWith("INFO forged line"));
    }

    private static List<String> fields(HttpResponse<String> response) {
        JsonNode body = JSON.readTree(response.body());
        return body.get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
    }
}
