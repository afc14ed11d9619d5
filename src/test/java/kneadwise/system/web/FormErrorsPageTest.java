package kneadwise.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.ZoneId;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Every form page refuses bad input the same way, through the shared fragments (issue 18, item 4): a summary at the
 * top linking to each bad field, the field marked invalid, and its message beside it with the id the field's
 * {@code aria-describedby} names.
 */
@FullStackTest
@Import(BookingTestSetup.class)
class FormErrorsPageTest {

    @Autowired
    ServiceClient service;

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    @Test
    void signUpNamesEachBadFieldWithItsLabel() {
        BrowserSession browser = new BrowserSession(port);

        Document page = page(browser.submit(
                "/signup",
                "/signup",
                Map.of("email", "not an address", "name", "Sam", "role", "PATIENT", "password", "short")));

        assertThat(summaryLinks(page)).contains("#email", "#password").doesNotContain("#name");
        assertThat(page.select("#email-error").text()).startsWith("Email ");
        assertThat(page.select("#password-error").text()).startsWith("Password ");
        assertThat(page.select("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#name").attr("aria-invalid")).isEqualTo("false");
        assertThat(page.select("#name-error")).isEmpty();
    }

    @Test
    void theProfilePageMarksTheBadFieldsAndKeepsTheRest() {
        BrowserSession browser = aTherapistSignedIn();

        Document page = page(browser.submit(
                "/practice/profile",
                "/practice/profile",
                Map.of(
                        "name", "Robin Hale",
                        "licenceState", "N",
                        "licenceNumber", "IL-1",
                        "postalCode", "60601",
                        "pricePerSession", "sixty",
                        "sessionMinutes", "60",
                        "cancellationNoticeHours", "24",
                        "languages", "en",
                        "techniques", "SWEDISH")));

        assertThat(summaryLinks(page)).contains("#licenceState", "#pricePerSession");
        assertThat(page.select("#licenceState").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#licenceState").attr("aria-describedby")).isEqualTo("licenceState-error");
        assertThat(page.select("#licenceState-error").text()).isNotBlank();
        assertThat(page.select("#pricePerSession-error").text()).isNotBlank();
        assertThat(page.select("#name").attr("value")).isEqualTo("Robin Hale");
        assertThat(page.select("#name-error")).isEmpty();
    }

    @Test
    void theSearchPageLinksToTheBadFilter() {
        BrowserSession browser = new BrowserSession(port);

        Document page = page(browser.get("/therapists?postalCode=60601&radius=far&unit=mi"));

        assertThat(page.select(".error-summary h2").text()).isEqualTo("Please fix these fields");
        assertThat(summaryLinks(page)).containsExactly("#radius");
        assertThat(page.select("#radius").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select(".error-summary").text()).contains("must be a distance from 0.1 to 310 miles");
        assertThat(summaryLinks(page(browser.get("/therapists?postalCode=60601&radius=900&unit=km"))))
                .containsExactly("#radius");
        assertThat(page.select("#postalCode").attr("aria-invalid")).isEqualTo("false");
    }

    @Test
    void timeOffThatEndsBeforeItStartsIsNotSavedAndSaysWhichField() {
        BrowserSession browser = aTherapistSignedIn();

        Document page = page(browser.submit(
                "/practice",
                "/practice/time-off",
                Map.of("start", "2027-03-10T12:00", "end", "2027-03-10T09:00", "note", "")));

        assertThat(page.select(".error-summary h2").text()).isEqualTo("Not saved");
        assertThat(summaryLinks(page)).containsExactly("#end");
        assertThat(page.select(".error-summary").text()).contains("must be after the start");
        assertThat(page.select("#end").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void theBookingPageNamesTheMissingTimeAndTheCourseOutsideTheLimits() {
        clock.set(BookingTestSetup.START);
        Practices.Practice practice = Practices.open(service, context, ZoneId.of("America/Chicago"));
        String patient = People.signUp(service, "PATIENT");
        BrowserSession browser = new BrowserSession(port);
        browser.logIn(patient, People.PASSWORD);
        String bookPage = "/therapists/" + practice.id() + "/book";

        Document page = page(browser.submit(bookPage, bookPage, Map.of("sessions", "13", "everyDays", "7")));

        assertThat(summaryLinks(page)).containsExactly("#firstSessionStart", "#sessions");
        assertThat(page.select(".error-summary").text())
                .contains("firstSessionStart: choose a time for the first session")
                .contains("sessions: must be a whole number from 1 to 12");
    }

    private BrowserSession aTherapistSignedIn() {
        clock.set(BookingTestSetup.START);
        Practices.Practice practice = Practices.open(service, context, ZoneId.of("America/Chicago"));
        BrowserSession browser = new BrowserSession(port);
        browser.logIn(practice.email(), People.PASSWORD);
        return browser;
    }

    private static Document page(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static java.util.List<String> summaryLinks(Document page) {
        return page.select(".error-summary a").eachAttr("href");
    }
}
