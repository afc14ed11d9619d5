package kneadwise.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import kneadwise.accounts.AuditLog;
import kneadwise.accounts.People;
import kneadwise.booking.BookingTestSetup;
import kneadwise.booking.Practices;
import kneadwise.testing.Browser;
import kneadwise.testing.BrowserExtension;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.MutableClock;
import kneadwise.testing.PageChecks;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * A person logs a 4-session course through the pages (pain, side effects, the Roland-Morris at sessions 1, 3 and
 * 4, their impression at the end) and reads the verdicts, the chart and its table; their therapist reads the same.
 * Every page is checked with axe-core and for sideways scrolling at 375 and 1280 px. The cases are the steps of one
 * course, in order, each in a fresh browser; a step relies on the ones before it.
 */
@FullStackTest
@Import(BookingTestSetup.class)
@ExtendWith(BrowserExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CourseOutcomesBrowserTest {

    @Autowired
    ServiceClient service;

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    Practices.Practice practice;
    String patientEmail;
    String course;
    UUID patientId;

    /** A patient with osteoporosis (light pressure only) books four weekly sessions. */
    @BeforeAll
    void aPatientBooksAFourSessionCourse() {
        clock.set(BookingTestSetup.START);
        practice = Practices.open(service, context, ZoneId.of("America/New_York"));
        patientEmail = People.signUp(service, "PATIENT");
        assertThat(People.signedIn(service, patientEmail)
                        .postJson("/api/v1/me/assessments", """
                                {"age": 66, "painDurationWeeks": 20, "painNow": 7, "findings": ["OSTEOPOROSIS"]}""")
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> booked =
                People.signedIn(service, patientEmail).postJson("/api/v1/courses", """
                {"therapistId": "%s", "firstSessionStart": "2027-03-02T18:00:00-05:00", "sessions": 4,
                 "everyDays": 7}""".formatted(practice.id()));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        course = People.json(booked).get("id").asString();
        patientId = UUID.fromString(People.json(booked).get("patientId").asString());
    }

    @Test
    @Order(1)
    void theBaselineNeedsThePainScoreAndIsKept(Browser browser) {
        clock.set(Instant.parse("2027-03-02T20:00:00Z"));
        logIn(browser, patientEmail);
        browser.open("/courses/" + course);
        browser.find(By.linkText("Log how you are and see if it is working")).click();
        browser.waitFor(By.xpath("//h1[.='Is massage working for you?']"));
        assertThat(browser.find(By.tagName("main")).getText()).contains("Nothing to judge yet");
        browser.find(By.linkText("Log session 1")).click();
        browser.waitFor(By.xpath("//h1[.='Session 1 of 4']"));
        assertThat(browser.find(By.cssSelector("aside.safety-net")).getText())
                .contains("If things change", "Go to an emergency department now (911)", "See a doctor today");
        save(browser);
        browser.waitFor(By.cssSelector(".error-summary"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText()).contains("Pain right now: is required");
        check(browser, "log-errors");
        logSession(browser, 7, 12, null);
    }

    @Test
    @Order(2)
    void afterSessionThreeTheCheckpointSaysKeepGoing(Browser browser) {
        clock.set(Instant.parse("2027-03-17T01:00:00Z")); // after session 3
        logIn(browser, patientEmail);
        browser.open("/courses/" + course + "/progress");
        browser.find(By.linkText("Log session 2")).click();
        browser.waitFor(By.xpath("//h1[.='Session 2 of 4']"));
        assertThat(browser.driver().findElements(By.name("statement"))).isEmpty(); // no questionnaire at 2
        browser.find(By.cssSelector("label[for=sideEffect-SORENESS]")).click();
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("severity-SORENESS"))).selectByValue("MILD");
        logSession(browser, 6, -1, null);
        browser.find(By.linkText("Log session 3")).click();
        browser.waitFor(By.xpath("//h1[.='Session 3 of 4']"));
        logSession(browser, 4, 6, null);

        String checkpoint = browser.find(By.cssSelector(".verdict")).getText();
        assertThat(checkpoint).contains("After session 3", "Keep going to the end", "Pain went from 7 to 4");
    }

    @Test
    @Order(3)
    void theLastSessionBringsTheEndVerdictTheChartAndItsTable(Browser browser) {
        clock.set(Instant.parse("2027-03-24T01:00:00Z")); // after session 4, the last
        logIn(browser, patientEmail);
        browser.open("/courses/" + course + "/log/4");
        browser.waitFor(By.xpath("//h1[.='Session 4 of 4']"));
        check(browser, "log-last");
        logSession(browser, 3, 5, "MUCH_IMPROVED");

        String page = browser.find(By.tagName("main")).getText();
        assertThat(page)
                .contains(
                        "At the end of the course",
                        "improved by an amount that matters",
                        "cannot tell how much of it was the massage",
                        "Your own view of the change: Much improved")
                .doesNotContain("Massage helped you");
        assertThat(browser.find(By.cssSelector("figure.chart svg")).getAttribute("aria-label"))
                .contains("session 1 7", "session 4 3", "Improved by an amount that matters at 5 or lower");
        assertThat(browser.driver().findElements(By.cssSelector(".scores-table tbody tr")))
                .hasSize(4);
        assertThat(browser.find(By.cssSelector(".scores-table")).getText()).contains("soreness (mild)", "12", "5");
        check(browser, "progress");
    }

    /** As a page and as the same PDF (fetched with the browser's session cookie). */
    @Test
    @Order(4)
    void theSummaryForADoctorIsAPageAndAPdf(Browser browser) {
        logIn(browser, patientEmail);
        browser.open("/courses/" + course + "/progress");
        browser.find(By.linkText("Summary for a doctor (page and PDF)")).click();
        browser.waitFor(By.xpath("//h1[.='Massage course for back pain: summary for a doctor']"));
        assertThat(browser.find(By.tagName("main")).getText())
                .contains("Dana Practice", "improved by an amount that matters", "RMDQ 12 to 5 (IMPROVED)")
                .contains("Much improved");
        check(browser, "summary");
        byte[] pdf = pdfWithCookie(browser, browser.driver().getCurrentUrl() + ".pdf");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            kneadwise.testing.PdfChecks.assertLetterTaggedAndEmbedded(document);
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    @Test
    @Order(5)
    void theTherapistReadsTheSameVerdictsButDoesNotLogForTheClient(Browser browser) {
        logIn(browser, practice.email());
        browser.open("/courses/" + course + "/progress");
        browser.waitFor(By.xpath("//h1[.='How the course is going']"));
        assertThat(browser.find(By.tagName("main")).getText()).contains("improved by an amount that matters");
        browser.open("/courses/" + course + "/log/2");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Only the person having the course logs");
    }

    /** Today is Tuesday, March 23 in New York, with session 4 at 6:00 PM. */
    @Test
    @Order(6)
    void todaysClientsShowThePrecautionsFirstAndTheNoteWarnsOfFirmPressure(Browser browser) {
        logIn(browser, practice.email());
        browser.open("/practice/today");
        browser.waitFor(By.xpath("//h1[.=\"Today's clients\"]"));
        String today = browser.find(By.cssSelector("section.client")).getText();
        assertThat(today).contains("6:00 PM", "Flags and precautions", "Session 4 of 4");
        assertThat(today.indexOf("Flags and precautions")).isLessThan(today.indexOf("Session 4 of 4"));
        check(browser, "today");
        browser.find(By.linkText("Write the note of session 4")).click();
        browser.waitFor(By.xpath("//h1[.='Note of session 4 of 4']"));
        browser.find(By.xpath("//button[.='Save the note']")).click();
        browser.waitFor(By.cssSelector(".error-summary"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText())
                .contains("regions", "techniques", "pressure", "minutes", "response", "plan");
        browser.find(By.cssSelector("label[for=region-LOWER_BACK_LEFT]")).click();
        browser.find(By.cssSelector("label[for=technique-SWEDISH]")).click();
        browser.find(By.cssSelector("label[for=pressure-FIRM]")).click();
        browser.find(By.id("minutes")).sendKeys("50");
        browser.find(By.id("response")).sendKeys("Moved more easily afterwards");
        browser.find(By.id("plan")).sendKeys("Maintenance is the client's choice");
        browser.find(By.xpath("//button[.='Save the note']")).click();
        browser.waitFor(By.cssSelector("[role=status]"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText())
                .contains("Pressure was firm", "light pressure only (osteoporosis)");
        // The saved note comes back in its form, ready to correct
        assertThat(browser.find(By.id("region-LOWER_BACK_LEFT")).isSelected()).isTrue();
        assertThat(browser.find(By.id("region-LOWER_BACK_RIGHT")).isSelected()).isFalse();
        assertThat(browser.find(By.id("technique-SWEDISH")).isSelected()).isTrue();
        assertThat(browser.find(By.id("pressure-FIRM")).isSelected()).isTrue();
        assertThat(browser.find(By.id("minutes")).getDomProperty("value")).isEqualTo("50");
        assertThat(browser.find(By.id("plan")).getDomProperty("value")).isEqualTo("Maintenance is the client's choice");
        check(browser, "note");
    }

    @Test
    @Order(7)
    void theTherapistsDashboardShowsNoFiguresForOneClient(Browser browser) {
        logIn(browser, practice.email());
        browser.open("/practice/today");
        browser.find(By.linkText("Outcomes")).click();
        browser.waitFor(By.xpath("//h1[.='Is massage working for back pain here?']"));
        assertThat(browser.find(By.tagName("main")).getText())
                .contains("Your clients", "No group has 10 or more clients", "1.5% to 25%");
        check(browser, "dashboard");
    }

    /** All the therapist's clients: the course with its verdict and the way to its chart; the look is audited. */
    @Test
    @Order(8)
    void theClientListShowsTheVerdictAndTheLookIsAudited(Browser browser) {
        logIn(browser, practice.email());
        AuditLog audit = context.getBean(AuditLog.class);
        int looksBefore = audit.about(patientId).size();
        browser.open("/practice/clients");
        browser.waitFor(By.xpath("//h1[.='My clients']"));
        assertThat(browser.find(By.cssSelector("table.clients tbody tr")).getText())
                .contains("4 of 4", "7 to 3", "End: improved by an amount that matters");
        check(browser, "clients");
        assertThat(audit.about(patientId)).hasSize(looksBefore + 1).first().satisfies(look -> {
            assertThat(look.record()).isEqualTo("course");
            assertThat(look.action()).isEqualTo(AuditLog.READ);
            assertThat(look.actorLabel()).endsWith("(THERAPIST)");
        });
        browser.find(By.partialLinkText("Chart of ")).click();
        browser.waitFor(By.xpath("//h1[.='How the course is going']"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/courses/" + course + "/progress");
    }

    @Test
    @Order(9)
    void theClientReadsTheNote(Browser browser) {
        logIn(browser, patientEmail);
        browser.open("/courses/" + course + "/notes/4");
        assertThat(browser.find(By.tagName("main")).getText())
                .contains("Lower back, left", "Swedish", "firm, 50 minutes", "Moved more easily afterwards");
    }

    /** Chooses the pain score, ticks the first {@code statements} Roland-Morris sentences (none when -1), saves. */
    private static void logSession(Browser browser, int pain, int statements, String impression) {
        browser.find(By.cssSelector("label[for=" + (pain == 0 ? "painNrs" : "painNrs-" + pain) + "]"))
                .click();
        for (int item = 1; item <= statements; item++) {
            browser.find(By.cssSelector("label[for=" + (item == 1 ? "statement" : "statement-" + item) + "]"))
                    .click();
        }
        if (impression != null) {
            browser.find(By.cssSelector("label[for=globalImpression-" + impression + "]"))
                    .click();
        }
        save(browser);
        browser.waitFor(By.cssSelector("[role=status]"));
    }

    private static byte[] pdfWithCookie(Browser browser, String url) {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
        try {
            HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                                    .header("Cookie", cookies)
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
            return response.body();
        } catch (java.io.IOException | InterruptedException failed) {
            throw new AssertionError("could not fetch " + url, failed);
        }
    }

    private static void save(Browser browser) {
        browser.find(By.xpath("//button[.='Save this log']")).click();
    }

    private static void logIn(Browser browser, String email) {
        PageChecks.logIn(browser, email);
    }

    private static void check(Browser browser, String name) {
        PageChecks.check(browser, "outcomes-" + name);
    }
}
