package kneadwise.booking;

import static kneadwise.testing.PageChecks.choose;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import kneadwise.accounts.People;
import kneadwise.testing.Browser;
import kneadwise.testing.BrowserExtension;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.MutableClock;
import kneadwise.testing.PageChecks;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * CLINICAL.md version 2, section 2b, end to end: a person on blood thinners whose doctor examined them and agreed to
 * massage says so in the check-in; the answer is massage with light pressure only, they book a course in the pages,
 * and their therapist's day shows "light pressure only" before the session.
 */
@FullStackTest
@Import(BookingTestSetup.class)
@ExtendWith(BrowserExtension.class)
class ClearedByADoctorBrowserTest {

    @Autowired
    ServiceClient service;

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Test
    void aClearedBloodThinnerPersonBooksAndTheTherapistSeesLightPressureOnly(Browser browser) {
        clock.set(BookingTestSetup.START);
        Practices.Practice practice = Practices.open(service, context, ZoneId.of("America/New_York"));
        String email = People.signUp(service, "PATIENT");
        PageChecks.logIn(browser, email);

        browser.open("/check-in/about-you");
        browser.find(By.id("age")).sendKeys("45");
        next(browser, "How long have you had this back pain?");
        browser.find(By.id("duration")).sendKeys("20");
        choose(browser, "unit", "WEEKS");
        next(browser, "Where is your pain?");
        choose(browser, "area", "LOWER_BACK");
        next(browser, "How bad is your pain right now?");
        choose(browser, "pain", "5");
        next(browser, "Do you have any of these?");
        choose(browser, "none", "none");
        next(browser, "Does any of this apply to you?");
        choose(browser, "finding", "BLEEDING_DISORDER_OR_ANTICOAGULANTS");
        next(browser, "Has a doctor checked these?");
        assertThat(browser.driver().findElements(By.cssSelector("input[name=cleared]")))
                .extracting(input -> input.getDomAttribute("value"))
                .containsExactly("BLEEDING_DISORDER_OR_ANTICOAGULANTS");
        PageChecks.check(browser, "doctors-check");
        choose(browser, "cleared", "BLEEDING_DISORDER_OR_ANTICOAGULANTS");
        next(browser, "How has your back pain affected you in the last 2 weeks?");
        for (int item = 1; item <= 8; item++) {
            choose(browser, "item" + item, "disagree");
        }
        choose(browser, "bothersomeness", "SLIGHTLY");
        next(browser, "Would you like to say how your back affects daily activities?");
        choose(browser, "questionnaire", "NONE");
        next(browser, "Massage is reasonable for you, with some care");

        String answer = browser.find(By.tagName("main")).getText();
        assertThat(answer).contains("Cleared by a doctor", "light pressure only", "Light pressure only.");
        PageChecks.check(browser, "result-cleared");
        browser.find(By.linkText("Save to my record")).click();
        browser.waitFor(By.xpath("//h1[.='Save your answer to your record?']"));
        browser.find(By.xpath("//main//button[.='Save to my record']")).click();
        browser.waitFor(By.xpath("//p[contains(., 'Saved to your record')]"));

        // Booking follows the cleared level: the whole course, not the "see a doctor first" refusal
        browser.open("/therapists/" + practice.id() + "/book");
        browser.waitFor(By.xpath("//h1[contains(., 'Book a course with')]"));
        assertThat(browser.driver().findElements(By.cssSelector("[role=alert]")))
                .isEmpty();
        WebElement day =
                browser.driver().findElements(By.cssSelector("fieldset.day")).get(2);
        day.findElement(By.cssSelector(".slot label")).click();
        browser.find(By.xpath("//button[.='Book the whole course']")).click();
        browser.waitFor(By.xpath("//p[contains(., 'Booked: every session')]"));

        JsonNode courses = People.json(People.signedIn(service, email).get("/api/v1/me/courses"));
        assertThat(courses).hasSize(1);
        OffsetDateTime first = OffsetDateTime.parse(
                courses.get(0).get("appointments").get(0).get("start").asString());
        clock.set(first.minusHours(2).toInstant());

        PageChecks.logIn(browser, practice.email());
        browser.open("/practice/today");
        browser.waitFor(By.xpath("//h1[.=\"Today's clients\"]"));
        String today = browser.find(By.cssSelector("section.client")).getText();
        assertThat(today).contains("Flags and precautions", "light pressure only");
        PageChecks.check(browser, "today-cleared");
    }

    private static void next(Browser browser, String heading) {
        WebElement button = browser.find(By.cssSelector("button[value=next]"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        browser.waitFor(By.xpath("//main//h1[.=" + quoted(heading) + "]"));
    }

    private static String quoted(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
