package kneadwise.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kneadwise.accounts.People;
import kneadwise.accounts.Role;
import kneadwise.testing.Browser;
import kneadwise.testing.BrowserExtension;
import kneadwise.testing.BrowserSession;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.PageChecks;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Both sides of the directory in a real browser, through the pages only: a therapist writes their profile, hours
 * and time off; an administrator verifies the licence; a patient searches, books a whole course, is offered other
 * courses when a session is taken, downloads the calendar file and cancels a session; a patient whose check-in says
 * "see a doctor first" is told why they cannot book. Every page is checked with axe-core and for sideways
 * scrolling at 375 and 1280 px.
 */
@FullStackTest
@ExtendWith(BrowserExtension.class)
class DirectoryAndBookingBrowserTest {

    @Autowired
    ServiceClient service;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void aTherapistIsFoundAndBookedThroughThePages(Browser browser) {
        String therapistEmail = People.signUp(service, "THERAPIST");
        logIn(browser, therapistEmail);

        // The profile form names every bad field, then saves
        browser.open("/practice");
        browser.waitFor(By.xpath("//h1[.='My directory profile']"));
        browser.find(By.id("pricePerSession")).sendKeys("cheap");
        submit(browser);
        browser.waitFor(By.cssSelector(".error-summary"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText())
                .contains("pricePerSession", "techniques", "postalCode");
        check(browser, "profile-form-errors");
        fill(browser, "name", "Eve Lakeside");
        fill(browser, "licenceState", "IL");
        fill(browser, "licenceNumber", "227.054321");
        fill(browser, "pricePerSession", "68");
        fill(browser, "postalCode", "60601");
        fill(browser, "insurance", "Aetna");
        fill(browser, "cancellationNoticeHours", "12");
        browser.find(By.cssSelector("label[for=technique-SWEDISH]")).click();
        browser.find(By.cssSelector("label[for=pregnancyTrained]")).click();
        submit(browser);
        browser.waitFor(By.cssSelector("[role=status]"));
        check(browser, "profile-form");

        // Working every day from 08:00 to 20:00 (so there are free times whenever this runs), and a day off
        browser.open("/practice");
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            time(browser, day + "-1-opens", "08:00");
            time(browser, day + "-1-closes", "20:00");
        }
        browser.find(By.xpath("//button[.='Save my hours']")).click();
        browser.waitFor(By.xpath("//p[contains(., 'weekly hours are saved')]"));
        assertThat(browser.find(By.id("MONDAY-1-opens")).getAttribute("value")).isEqualTo("08:00");
        check(browser, "schedule-empty");

        // An administrator checks the licence
        String admin = People.given(context, Role.SYSTEM_ADMIN);
        logIn(browser, admin);
        browser.open("/admin/licences");
        check(browser, "licences");
        browser.find(By.cssSelector("button[aria-label='Verified: Eve Lakeside']"))
                .click();
        browser.waitFor(By.xpath("//p[contains(., 'Marked as verified')]"));
        assertThat(browser.find(By.tagName("main")).getText()).contains("Recently verified", "IL 227.054321");

        // A patient searches near the practice: the ranking is explained, the result shows distance and price
        String patientEmail = People.signUp(service, "PATIENT");
        logIn(browser, patientEmail);
        browser.open("/therapists");
        fill(browser, "postalCode", "60601");
        fill(browser, "radius", "2");
        fill(browser, "insurance", "aetna");
        browser.find(By.cssSelector("form.search-form button[type=submit]")).click();
        browser.waitFor(By.id("results-heading"));
        String results = browser.find(By.tagName("main")).getText();
        assertThat(results).contains("How results are ordered", "Nearest first", "Eve Lakeside", "$68.00");
        assertThat(browser.find(By.linkText("Skip the filters: go to the results"))
                        .getAttribute("href"))
                .endsWith("#results-heading");
        // US conventions: miles unless km is chosen; "Tuesday, March 9, 2027, 6:00 PM CST"
        assertThat(results).containsPattern("Distance\\s+\\d+\\.\\d miles").doesNotContainPattern("\\d km");
        assertThat(results)
                .containsPattern(
                        "Next course start\\s+[A-Z][a-z]+day, [A-Z][a-z]+ \\d{1,2}, \\d{4}, \\d{1,2}:\\d\\d [AP]M [A-Z]{3}");
        check(browser, "search-results");

        browser.find(By.linkText("Eve Lakeside")).click();
        browser.waitFor(By.xpath("//h1[.='Eve Lakeside']"));
        assertThat(browser.find(By.tagName("main")).getText())
                .contains("Licence IL 227.054321, checked by Kneadwise", "Pregnancy-trained", "12 hours");
        check(browser, "therapist-profile");
        String profileAddress = browser.driver().getCurrentUrl();

        // Books 4 weekly sessions, the first on the third day shown (so it can still be cancelled)
        browser.find(By.linkText("Book a course")).click();
        browser.waitFor(By.xpath("//h1[contains(., 'Book a course with')]"));
        check(browser, "book");
        browser.find(By.cssSelector("#sessions option[value='4']")).click();
        WebElement day =
                browser.driver().findElements(By.cssSelector("fieldset.day")).get(2);
        WebElement firstStart = day.findElement(By.cssSelector(".slot input"));
        String chosen = firstStart.getAttribute("value");
        String chosenTime = day.findElement(By.cssSelector(".slot label")).getText();
        day.findElement(By.cssSelector(".slot label")).click();
        browser.find(By.xpath("//button[.='Book the whole course']")).click();
        browser.waitFor(By.xpath("//p[contains(., 'Booked: every session')]"));
        String course = browser.find(By.tagName("main")).getText();
        assertThat(course).contains("Your course with Eve Lakeside", "4 sessions", chosenTime);
        assertThat(browser.driver().findElements(By.xpath("//td[.='Booked']"))).hasSize(4);
        check(browser, "course");
        String courseAddress = browser.driver().getCurrentUrl();

        // The calendar file behind the link, fetched with this browser's session cookie
        String icsLink = browser.find(By.partialLinkText("Add to my calendar")).getAttribute("href");
        String ics = fetchWithCookie(browser, icsLink);
        assertThat(ics).contains("BEGIN:VCALENDAR", "TZID=America/Chicago").containsPattern("(?s)(BEGIN:VEVENT.*){4}");

        // Cancelling session 2
        browser.find(By.cssSelector("button[aria-label='Cancel session 2']")).click();
        browser.waitFor(By.xpath("//p[contains(., 'session is cancelled')]"));
        assertThat(browser.driver().findElements(By.xpath("//td[.='Cancelled']")))
                .hasSize(1);
        browser.open("/account/courses");
        assertThat(browser.find(By.tagName("main")).getText()).contains("4 sessions with Eve Lakeside");
        check(browser, "my-courses");

        // A second patient starts a week later at the same time: the cancelled session 2 is free again, but their
        // second session would be the first patient's third. Told which is taken, offered whole courses instead.
        logIn(browser, People.signUp(service, "PATIENT"));
        browser.open(profileAddress.substring(profileAddress.indexOf("/therapists")) + "/book");
        browser.find(By.cssSelector("#sessions option[value='4']")).click();
        String weekLater = OffsetDateTime.parse(chosen)
                .toLocalDateTime()
                .plusDays(7)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        String radio = browser.find(By.cssSelector("input[value^='" + weekLater + "']"))
                .getAttribute("id");
        browser.find(By.cssSelector("label[for='" + radio + "']")).click();
        browser.find(By.xpath("//button[.='Book the whole course']")).click();
        browser.waitFor(By.xpath("//h2[.='That course cannot be booked']"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText())
                .contains("Session 2", "someone else has booked that time", "These whole courses fit instead");
        check(browser, "book-taken");
        browser.find(By.cssSelector(".alternatives button")).click();
        browser.waitFor(By.xpath("//p[contains(., 'Booked: every session')]"));
        assertThat(browser.driver().findElements(By.xpath("//td[.='Booked']"))).hasSize(4);

        // The first patient's course is not for the second patient
        browser.open(courseAddress.substring(courseAddress.indexOf("/courses")));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Page not found");

        // The therapist's schedule lists both courses' sessions, with the clients' names
        logIn(browser, therapistEmail);
        browser.open("/practice");
        String schedule = browser.find(By.tagName("main")).getText();
        assertThat(schedule).contains("Alex Doe", "1 of 4");
        check(browser, "schedule");
    }

    @Test
    void aPatientWhoShouldSeeADoctorFirstIsToldWhyTheyCannotBook(Browser browser) {
        ServiceClient owner = People.signedIn(service, People.signUp(service, "THERAPIST"));
        HttpResponse<String> profile = owner.send("PUT", "/api/v1/me/therapist-profile", """
                {"name": "Flo Harbor", "techniques": ["SWEDISH"], "languages": ["en"], "pricePerSession": 60,
                 "postalCode": "02110"}""", "application/json");
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        String therapistId = People.json(profile).get("id").asString();
        String email = People.signUp(service, "PATIENT");
        HttpResponse<String> saved =
                People.signedIn(service, email).postJson("/api/v1/me/assessments", CourseBookingTest.NOT_NOW_INTAKE);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);

        logIn(browser, email);
        browser.open("/therapists/" + therapistId + "/book");

        assertThat(browser.find(By.cssSelector("[role=alert]")).getText())
                .contains("see a doctor before massage", "cannot be booked now");
        assertThat(browser.driver().findElements(By.xpath("//button[.='Book the whole course']")))
                .isEmpty();
        check(browser, "book-not-now");
    }

    @Test
    void thePagesSearchSaysWhenItShowsPregnancyTrainedTherapistsOnly() {
        String email = People.signUp(service, "PATIENT");
        HttpResponse<String> saved = People.signedIn(service, email).postJson("/api/v1/me/assessments", """
                {"age": 31, "painDurationWeeks": 3, "painNow": 4, "findings": ["PREGNANCY"]}""");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        BrowserSession session = new BrowserSession(port);
        session.logIn(email, People.PASSWORD);

        assertThat(session.get("/therapists?postalCode=02110").body())
                .contains("because your latest check-in says you are pregnant")
                .contains("Choose &quot;Everyone&quot;");
        assertThat(session.get("/therapists?postalCode=02110&pregnancyTrained=false")
                        .body())
                .doesNotContain("because your latest check-in says you are pregnant");
    }

    private static void logIn(Browser browser, String email) {
        PageChecks.logIn(browser, email);
    }

    private static void fill(Browser browser, String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a time input's value directly: typing into one depends on the browser's locale. */
    private static void time(Browser browser, String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    private static void submit(Browser browser) {
        browser.find(By.cssSelector("main form button[type=submit]")).click();
    }

    private static void check(Browser browser, String name) {
        PageChecks.check(browser, "directory-" + name);
    }

    private static String fetchWithCookie(Browser browser, String url) {
        String session = browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
        try {
            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            HttpResponse<String> response = client.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                            .header("Cookie", session)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
            return response.body();
        } catch (java.io.IOException | InterruptedException failed) {
            throw new AssertionError("could not fetch " + url, failed);
        }
    }
}
