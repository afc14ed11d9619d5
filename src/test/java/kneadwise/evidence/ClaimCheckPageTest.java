package kneadwise.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import kneadwise.testing.BrowserSession;
import kneadwise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The claim check page: the pasted text comes back with its claims marked and explained. */
@FullStackTest
class ClaimCheckPageTest {

    @LocalServerPort
    int port;

    @Test
    void marksEachClaimAndSaysWhatTheEvidenceShows() {
        BrowserSession browser = new BrowserSession(port);
        String text = "Book a massage today. It flushes toxins from your muscles. <script>alert(1)</script>"
                + " Also, massage lowers cortisol!";

        HttpResponse<String> page = browser.submit("/claims", "/claims", Map.of("text", text));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("2 claim(s) to look at")
                .contains("<mark><span>It flushes toxins from your muscles.</span>")
                .contains("Studies point the other way", "slowed the removal of lactic acid")
                .contains("No good evidence for it", "changes cortisol by almost nothing")
                .contains("Wiltshire EV")
                .doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aTextWithoutMythsSaysSo() {
        HttpResponse<String> page = new BrowserSession(port)
                .submit("/claims", "/claims", Map.of("text", "Massage can ease back pain for a while."));

        assertThat(page.body()).contains("No known myths found").doesNotContain("<mark>");
    }

    @Test
    void theHomePageSaysWhatKneadwiseDoes() {
        HttpResponse<String> home = new BrowserSession(port).get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Will massage help my back?", "href=\"/claims\"");
    }
}
