package kneadwise.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kneadwise.accounts.People;
import kneadwise.booking.BookingTestSetup;
import kneadwise.booking.Practices;
import kneadwise.testing.BrowserSession;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.MutableClock;
import kneadwise.testing.ServiceClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The log page: after an error, every answer the person gave is on the page again, so that they correct one field
 * instead of answering everything twice (issue 18, item 4).
 */
@FullStackTest
@Import(BookingTestSetup.class)
class LogFormPageTest {

    @Autowired
    ServiceClient service;

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    BrowserSession browser;
    String logPage;

    @BeforeEach
    void aOneSessionCourseWhoseLogIsOpen() {
        clock.set(BookingTestSetup.START);
        Practices.Practice practice = Practices.open(service, context, ZoneId.of("America/New_York"));
        String email = People.signUp(service, "PATIENT");
        HttpResponse<String> booked =
                People.signedIn(service, email).postJson("/api/v1/courses", """
                {"therapistId": "%s", "firstSessionStart": "2027-03-02T18:00:00-05:00", "sessions": 1,
                 "everyDays": 7}""".formatted(practice.id()));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        logPage = "/courses/" + People.json(booked).get("id").asString() + "/log/1";
        clock.set(Instant.parse("2027-03-02T12:00:00Z")); // the log opens a day before the session
        browser = new BrowserSession(port);
        browser.logIn(email, People.PASSWORD);
    }

    @Test
    void afterAnErrorTheSideEffectsTheRolandMorrisTicksAndTheOverallAnswerAreShownAgain() {
        HttpResponse<String> refused = browser.submitEach(
                logPage,
                logPage,
                List.of(
                        Map.entry("sideEffect", "OTHER"),
                        Map.entry("severity-OTHER", "MODERATE"),
                        Map.entry("description-OTHER", "A stiff neck"),
                        Map.entry("questionnaire", "RMDQ"),
                        Map.entry("statement", "2"),
                        Map.entry("statement", "17"),
                        Map.entry("globalImpression", "MUCH_IMPROVED")));

        Document page = Jsoup.parse(refused.body());
        assertThat(page.select(".error-summary").text()).contains("Pain right now: is required");
        assertThat(page.select("input[name=sideEffect][checked]").eachAttr("value"))
                .containsExactly("OTHER");
        assertThat(page.select("select[name=severity-OTHER] option[selected]").eachAttr("value"))
                .containsExactly("MODERATE");
        assertThat(page.select("input[name=description-OTHER]").attr("value")).isEqualTo("A stiff neck");
        assertThat(page.select("input[name=statement][checked]").eachAttr("value"))
                .containsExactly("2", "17");
        assertThat(page.select("input[name=globalImpression][checked]").eachAttr("value"))
                .containsExactly("MUCH_IMPROVED");
        assertThat(page.select("input[name=painNrs][checked]")).isEmpty();
    }

    @Test
    void afterAnErrorTheOswestryChoicesAndASkipAreShownAgain() {
        HttpResponse<String> withOswestry = browser.submitEach(
                logPage + "?questionnaire=ODI",
                logPage,
                List.of(
                        Map.entry("questionnaire", "ODI"),
                        Map.entry("section1", "2"),
                        Map.entry("section7", "0"),
                        Map.entry("globalImpression", "NO_CHANGE")));
        HttpResponse<String> skipped = browser.submitEach(
                logPage, logPage, List.of(Map.entry("questionnaire", "RMDQ"), Map.entry("skipFunction", "yes")));

        Document oswestry = Jsoup.parse(withOswestry.body());
        assertThat(oswestry.select("input[name=section1][checked]").eachAttr("value"))
                .containsExactly("2");
        assertThat(oswestry.select("input[name=section7][checked]").eachAttr("value"))
                .containsExactly("0");
        assertThat(oswestry.select("input[name^=section][checked]")).hasSize(2);
        assertThat(Jsoup.parse(skipped.body()).select("input[name=skipFunction][checked]"))
                .hasSize(1);
    }
}
