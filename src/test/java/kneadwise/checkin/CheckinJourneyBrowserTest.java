package kneadwise.checkin;

import static kneadwise.testing.PageChecks.choose;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import kneadwise.testing.Accessibility;
import kneadwise.testing.Browser;
import kneadwise.testing.BrowserExtension;
import kneadwise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The check-in in a real browser with JavaScript on (so htmx swaps the steps in), as four people go through it by
 * clicking the labels: one with an emergency sign, one who should see a doctor first, one who needs some care (pregnant,
 * thin bones) and one with long-lasting pain at high STarT Back risk. Every page is checked with axe-core and for
 * sideways scrolling at a phone's width; result pages are photographed at 375 and 1280 px (target/screenshots). Also
 * the keyboard alone, the page's Back button, the browser's back, and a wrong answer.
 */
@FullStackTest
@ExtendWith(BrowserExtension.class)
class CheckinJourneyBrowserTest {

    private static final int PHONE = 375;
    private static final int LAPTOP = 1280;
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Step pages (address and title) that axe has checked in this class. */
    private static final Set<String> CHECKED_STEPS = ConcurrentHashMap.newKeySet();

    private static final String ABOUT_YOU = "How old are you?";
    private static final String HOW_LONG = "How long have you had this back pain?";
    private static final String WHERE = "Where is your pain?";
    private static final String HOW_BAD = "How bad is your pain right now?";
    private static final String WARNING_SIGNS = "Do you have any of these?";
    private static final String NEEDS_CARE = "Does any of this apply to you?";
    private static final String DOCTORS_CHECK = "Has a doctor checked these?";
    private static final String HOW_IT_AFFECTS_YOU = "How has your back pain affected you in the last 2 weeks?";
    private static final String DAILY_LIFE = "Would you like to say how your back affects daily activities?";
    private static final String ROLAND_MORRIS = "Which of these describe you today?";
    private static final String OSWESTRY = "How does your back affect these areas of daily life?";

    @Test
    void anEmergencySignEndsTheCheckInWithNothingOffered(Browser browser) {
        basics(browser, "47", "16", "WEEKS", "6");

        choose(browser, "finding", "SADDLE_NUMBNESS");
        browser.screenshot("warning-signs-ticked-" + PHONE);
        next(browser, "/check-in/result", "Call 911 or go to an emergency department now");

        String page = browser.find(By.tagName("body")).getText();
        assertThat(page)
                .contains("emergency department", "911")
                .doesNotContain("Side effects", "If things change", "About this answer")
                .contains("Numbness")
                .doesNotContainIgnoringCase("account")
                .doesNotContainIgnoringCase("log in")
                .doesNotContainIgnoringCase("save")
                .doesNotContain("$", "course", "therapist");
        // "Do not book a massage." is all it says about booking: the one link leads back to the answers.
        assertThat(texts(browser, By.cssSelector("main a")))
                .containsExactly("Call 911", "Call 911", "Change your answer");
        // the footer every page has: 911 first, then what Kneadwise is not, what it keeps and who runs it
        assertThat(texts(browser, By.cssSelector("footer a")))
                .containsExactly("Call 911", "Not medical advice", "Privacy", "About and disclosure");
        assertThat(browser.find(By.linkText("Call 911")).getDomAttribute("href"))
                .isEqualTo("tel:911");
        assertThat(browser.driver().findElements(By.cssSelector("form, button")))
                .isEmpty();
        photographResult(browser, "emergency");
    }

    @Test
    void aPossibleSeriousCauseSendsThePersonToADoctorWithANote(Browser browser) {
        basics(browser, "58", "5", "WEEKS", "5");
        choose(browser, "finding", "HISTORY_OF_CANCER");
        next(browser, "/check-in/needs-care", NEEDS_CARE);
        choose(browser, "none", "none");
        // CLINICAL.md 2b: a doctor may have checked it already; not ticked here
        next(browser, "/check-in/doctors-check", DOCTORS_CHECK);
        assertThat(texts(browser, By.cssSelector("fieldset.clearance legend"))).containsExactly("You have had cancer");
        next(browser, "/check-in/how-it-affects-you", HOW_IT_AFFECTS_YOU);
        startBack(browser, List.of(1, 4, 5, 6), "VERY_MUCH");
        next(browser, "/check-in/daily-life", DAILY_LIFE);
        choose(browser, "questionnaire", "NONE");
        next(browser, "/check-in/result", "See a doctor in the next few days");

        assertThat(texts(browser, By.cssSelector("ul.reasons li"))).isNotEmpty();
        assertThat(browser.find(By.tagName("main")).getText())
                .contains("How soon: Within days", "Back pain after cancer", "If things change", "911")
                .doesNotContain("A suggested course", "What a course costs");
        photographResult(browser, "see-doctor");

        browser.resize(PHONE);
        browser.find(By.linkText("Open the note for your doctor")).click();
        onPage(browser, "/check-in/summary", "Back pain check-in: summary for a doctor or therapist");
        assertThat(browser.find(By.tagName("main")).getText())
                .contains("See a doctor in the next few days", "How soon: Within days", "You have had cancer")
                .contains("HISTORY_OF_CANCER, WITHIN_A_WEEK");
        browser.screenshot("summary-see-doctor-" + PHONE);
        browser.resize(LAPTOP);
        browser.screenshot("summary-see-doctor-" + LAPTOP);
    }

    @Test
    void aPregnantPersonWithThinBonesGetsTheWholeAnswerWithItsCare(Browser browser) {
        basics(browser, "34", "4", "MONTHS", "6");

        // The page's own Back button, then the browser's: the answers given are still there.
        choose(browser, "none", "none");
        browser.find(By.cssSelector("button[value=back]")).click();
        onPage(browser, "/check-in/how-bad", HOW_BAD);
        assertThat(checked(browser, "pain")).containsExactly("6");
        next(browser, "/check-in/warning-signs", WARNING_SIGNS);
        assertThat(checked(browser, "none")).as("warning signs after Back").containsExactly("none");
        next(browser, "/check-in/needs-care", NEEDS_CARE);
        browser.driver().navigate().back();
        waitForPage(browser, "/check-in/warning-signs", WARNING_SIGNS);
        assertThat(checked(browser, "none"))
                .as("warning signs after the browser's back")
                .containsExactly("none");
        browser.driver().navigate().back();
        waitForPage(browser, "/check-in/how-bad", HOW_BAD);
        assertThat(checked(browser, "pain")).as("pain after the browser's back").containsExactly("6");
        browser.driver().navigate().forward();
        waitForPage(browser, "/check-in/warning-signs", WARNING_SIGNS);
        next(browser, "/check-in/needs-care", NEEDS_CARE);

        choose(browser, "finding", "PREGNANCY");
        choose(browser, "finding", "OSTEOPOROSIS");
        next(browser, "/check-in/how-it-affects-you", HOW_IT_AFFECTS_YOU);
        startBack(browser, List.of(1, 3), "MODERATELY");
        browser.screenshot("how-it-affects-you-" + PHONE);
        next(browser, "/check-in/daily-life", DAILY_LIFE);
        choose(browser, "questionnaire", "ROLAND_MORRIS");
        next(browser, "/check-in/daily-life/roland-morris", ROLAND_MORRIS);
        for (String statement : List.of("2", "3", "9", "11", "18")) {
            choose(browser, "statement", statement);
        }
        browser.screenshot("roland-morris-" + PHONE);
        next(browser, "/check-in/result", "Massage is reasonable for you, with some care");

        String page = browser.find(By.tagName("main")).getText();
        assertThat(page)
                .contains("pregnan", "Lie on your side, and not flat on your back", "trained in pregnancy massage")
                .contains("Light pressure only")
                .contains("Side effects", "between 2 and 25 in every 100")
                .contains("5 out of 24")
                .contains("If things change", "Go to an emergency department now (911)")
                .contains("Massage and your other options", "Exercise", "Mindfulness training")
                .contains("About this answer", "cannot pay to be ranked", "version 2026.2");
        assertThat(browser.driver().findElements(By.cssSelector(".badge-fits"))).isEmpty();
        // The values step: not being touched fits exercise, and not massage
        choose(browser, "matters", "NOT_BEING_TOUCHED");
        browser.find(By.xpath("//button[.='Show the options that fit']")).click();
        until(
                browser,
                driver -> !driver.findElements(By.cssSelector(".badge-fits")).isEmpty());
        assertThat(texts(browser, By.cssSelector("ul.options li.fits h3")))
                .anyMatch(name -> name.startsWith("Exercise"))
                .noneMatch(name -> name.startsWith("Massage"));
        assertThat(checked(browser, "matters")).containsExactly("NOT_BEING_TOUCHED");
        check(browser, "result-with-values");
        WebElement picture = browser.find(By.cssSelector("figure.benefit-picture svg[role=img]"));
        assertThat(picture.isDisplayed()).isTrue();
        assertThat(picture.getDomAttribute("aria-labelledby")).isEqualTo("benefit-title benefit-desc");
        assertThat(texts(browser, By.cssSelector(".badge"))).anyMatch(badge -> badge.endsWith("certainty"));
        assertThat(texts(browser, By.cssSelector("ol.course li.checkpoint")))
                .singleElement()
                .asString()
                .startsWith("Session 3: checkpoint.");
        List<WebElement> sourceLinks =
                browser.driver().findElements(By.cssSelector("ol.sources li a[href^='https://']"));
        assertThat(sourceLinks).isNotEmpty();
        assertThat(browser.find(By.linkText("Create an account or log in to save it"))
                        .getDomAttribute("href"))
                .isEqualTo("/check-in/save");
        photographResult(browser, "precautions");
    }

    @Test
    void longLastingPainAtHighRiskIsToldMassageAloneIsNotEnough(Browser browser) {
        basics(browser, "52", "2", "YEARS", "7");
        choose(browser, "none", "none");
        next(browser, "/check-in/needs-care", NEEDS_CARE);
        choose(browser, "none", "none");
        next(browser, "/check-in/how-it-affects-you", HOW_IT_AFFECTS_YOU);
        startBack(browser, List.of(5, 6, 7, 8), "EXTREMELY");
        next(browser, "/check-in/daily-life", DAILY_LIFE);
        choose(browser, "questionnaire", "OSWESTRY");
        next(browser, "/check-in/daily-life/oswestry", OSWESTRY);
        int[] scores = {3, 2, 3, 2, 2, 3, 2, 0, 2, 3};
        for (int section = 1; section <= scores.length; section++) {
            choose(browser, "section" + section, String.valueOf(scores[section - 1]));
        }
        next(browser, "/check-in/result", "Massage looks safe for you");

        String page = browser.find(By.tagName("main")).getText();
        assertThat(page)
                .contains("you may benefit from extra support. Massage alone is not enough.")
                .doesNotContain("high risk")
                .contains("physical therapy that also deals with fear, worry and low mood")
                .contains("See a physical therapist who also helps with fear, worry and low mood.");
        assertThat(browser.find(By.cssSelector("table.scores")).getText())
                .contains("5 out of 9 (worry and mood part: 5 out of 5): you may benefit from extra support")
                .contains("Oswestry");
        photographResult(browser, "high-risk");
    }

    @Test
    void aFeverReachesTheSeeADoctorPageWithTodayAndOnlyItCanBeCleared(Browser browser) {
        basics(browser, "40", "2", "WEEKS", "5");
        choose(browser, "finding", "FEVER_OR_CHILLS");
        next(browser, "/check-in/needs-care", NEEDS_CARE);
        choose(browser, "finding", "OSTEOPOROSIS");
        choose(browser, "finding", "PREGNANCY");
        next(browser, "/check-in/doctors-check", DOCTORS_CHECK);
        // the clearance question only under the finding that can be cleared: not under the two precautions
        assertThat(texts(browser, By.cssSelector("fieldset.clearance legend")))
                .containsExactly("A fever, or feeling hot and shivery");
        assertThat(browser.driver().findElements(By.cssSelector("input[name=cleared]")))
                .extracting(input -> input.getDomAttribute("value"))
                .containsExactly("FEVER_OR_CHILLS");
        browser.screenshot("doctors-check-" + PHONE);
        next(browser, "/check-in/how-it-affects-you", HOW_IT_AFFECTS_YOU);
        startBack(browser, List.of(1), "SLIGHTLY");
        next(browser, "/check-in/daily-life", DAILY_LIFE);
        choose(browser, "questionnaire", "NONE");
        next(browser, "/check-in/result", "See a doctor today");

        assertThat(browser.find(By.tagName("main")).getText())
                .contains("How soon: Today", "today, whether or not you want massage")
                .contains("A fever with back pain can be a sign of an infection in the spine.");
        photographResult(browser, "see-doctor-today");
    }

    /**
     * No mouse: Tab to each control, Space and arrow keys to choose, Enter to continue. A wrong age is named in the
     * error summary, which gets the focus; after each step htmx swaps in, the focus is on the new step's heading.
     */
    @Test
    void theFirstStepsCanBeAnsweredWithTheKeyboardAlone(Browser browser) {
        browser.resize(PHONE);
        browser.open("/check-in");
        check(browser, "start");
        browser.screenshot("start-" + PHONE);
        assertThat(tabUntil(browser, "Start the check-in"))
                .containsExactly(
                        "a Skip to main content",
                        "a Kneadwise",
                        "a Find a therapist",
                        "a Log in",
                        "a Create an account",
                        "a Call 911",
                        "a Start the check-in");
        browser.type(Keys.ENTER);
        waitForPage(browser, "/check-in/about-you", ABOUT_YOU);
        check(browser, "about-you");
        browser.screenshot("about-you-" + PHONE);

        assertThat(tabUntil(browser, "#age")).endsWith("input#age");
        browser.type("12", Keys.ENTER);
        WebElement summary = browser.waitFor(By.cssSelector(".error-summary"));
        waitForFocus(browser, summary);
        assertThat(summary.getText()).contains("Please check your answers", "Kneadwise is for adults, 18 or older");
        WebElement link = summary.findElement(By.cssSelector("a"));
        assertThat(link.getDomAttribute("href")).isEqualTo("#age");
        assertThat(browser.find(By.id("age")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        check(browser, "about-you-error");
        browser.screenshot("about-you-error-" + PHONE);

        // From the error summary to its link, and from the link to the field it names.
        assertThat(tabUntil(browser, "Kneadwise is for adults, 18 or older")).hasSize(1);
        browser.type(Keys.ENTER);
        waitForFocus(browser, browser.find(By.id("age")));
        browser.type(Keys.END, Keys.BACK_SPACE, Keys.BACK_SPACE, "47", Keys.ENTER);

        waitForPage(browser, "/check-in/how-long", HOW_LONG);
        waitForFocus(browser, browser.find(By.cssSelector("main h1")));
        check(browser, "how-long");
        assertThat(tabUntil(browser, "#duration")).containsExactly("input#duration");
        browser.type("16");
        assertThat(tabUntil(browser, "#unit")).containsExactly("input#unit");
        browser.type(Keys.ARROW_DOWN); // to Weeks, which chooses it
        assertThat(checked(browser, "unit")).containsExactly("WEEKS");
        assertThat(browser.showsFocus(browser.focused())).isTrue();
        assertThat(tabUntil(browser, "Continue")).containsExactly("button Continue");
        browser.type(Keys.ENTER);

        waitForPage(browser, "/check-in/where", WHERE);
        waitForFocus(browser, browser.find(By.cssSelector("main h1")));
        check(browser, "where");
        assertThat(tabUntil(browser, "#area")).containsExactly("input#area");
        browser.type(Keys.SPACE);
        assertThat(checked(browser, "area")).containsExactly("LOWER_BACK");
        assertThat(tabUntil(browser, "Continue")).containsExactly("button Continue");
        browser.type(Keys.ENTER);

        waitForPage(browser, "/check-in/how-bad", HOW_BAD);
        waitForFocus(browser, browser.find(By.cssSelector("main h1")));
        check(browser, "how-bad");
        browser.screenshot("how-bad-" + PHONE);
        assertThat(tabUntil(browser, "#pain")).containsExactly("input#pain");
        for (int i = 0; i < 6; i++) {
            browser.type(Keys.ARROW_RIGHT);
        }
        assertThat(checked(browser, "pain")).containsExactly("6");
        assertThat(tabUntil(browser, "Continue")).containsExactly("button Continue");
        browser.type(Keys.ENTER);

        waitForPage(browser, "/check-in/warning-signs", WARNING_SIGNS);
        waitForFocus(browser, browser.find(By.cssSelector("main h1")));
        check(browser, "warning-signs");
        assertThat(tabUntil(browser, "#finding")).containsExactly("input#finding");
        assertThat(tabUntil(browser, "#none")).hasSize(12);
        browser.type(Keys.SPACE);
        assertThat(checked(browser, "none")).containsExactly("none");
        assertThat(tabUntil(browser, "Continue")).containsExactly("button Continue");
        browser.type(Keys.ENTER);
        waitForPage(browser, "/check-in/needs-care", NEEDS_CARE);
        waitForFocus(browser, browser.find(By.cssSelector("main h1")));
        check(browser, "needs-care");
    }

    /** Steps 1 to 4 with the mouse, at a phone's width; ends on the warning signs. */
    private static void basics(Browser browser, String age, String duration, String unit, String pain) {
        browser.resize(PHONE);
        browser.open("/check-in/about-you");
        check(browser, "about-you");
        browser.find(By.cssSelector("label[for=age]")).click();
        browser.type(age);
        next(browser, "/check-in/how-long", HOW_LONG);
        browser.find(By.cssSelector("label[for=duration]")).click();
        browser.type(duration);
        choose(browser, "unit", unit);
        browser.screenshot("how-long-" + PHONE);
        next(browser, "/check-in/where", WHERE);
        choose(browser, "area", "BACK_AND_ONE_LEG");
        next(browser, "/check-in/how-bad", HOW_BAD);
        choose(browser, "pain", pain);
        next(browser, "/check-in/warning-signs", WARNING_SIGNS);
    }

    /** STarT Back: agrees with the numbered sentences, disagrees with the rest. */
    private static void startBack(Browser browser, List<Integer> agree, String bothersomeness) {
        for (int item = 1; item <= 8; item++) {
            choose(browser, "item" + item, agree.contains(item) ? "agree" : "disagree");
        }
        choose(browser, "bothersomeness", bothersomeness);
    }

    /** Clicks Continue and checks the page it leads to. */
    private static void next(Browser browser, String path, String heading) {
        WebElement button = browser.find(By.cssSelector("button[value=next]"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        onPage(browser, path, heading);
    }

    private static void onPage(Browser browser, String path, String heading) {
        waitForPage(browser, path, heading);
        check(browser, path.substring(path.lastIndexOf('/') + 1));
    }

    /** Waits until the address and the heading are those of the page, and htmx has finished swapping it in. */
    private static void waitForPage(Browser browser, String path, String heading) {
        until(browser, driver -> {
            try {
                return driver.getCurrentUrl().endsWith(path)
                        && driver.findElement(By.cssSelector("main h1"))
                                .getText()
                                .equals(heading)
                        && (Boolean)
                                ((JavascriptExecutor) driver)
                                        .executeScript(
                                                "return document.readyState === 'complete'"
                                                        + " && !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')");
            } catch (WebDriverException e) {
                return false;
            }
        });
    }

    /**
     * No sideways scrolling at the window's width, and no serious accessibility problem. A step page is the same
     * template whatever the answers, so axe checks each step (and each with errors) once per class, to keep the class
     * fast; result and summary pages differ with each person and are checked every time.
     */
    private static void check(Browser browser, String page) {
        assertThat(browser.contentWidth())
                .as("no sideways scrolling on %s at %d px", page, browser.windowWidth())
                .isLessThanOrEqualTo(browser.windowWidth());
        String url = browser.driver().getCurrentUrl();
        boolean stepPage = !url.endsWith("/result") && !url.endsWith("/summary");
        if (!stepPage || CHECKED_STEPS.add(url + " " + browser.driver().getTitle())) {
            Accessibility.assertNoSeriousViolations(browser.driver());
        }
    }

    /** The whole result page at a phone's width and a laptop's. */
    private static void photographResult(Browser browser, String name) {
        for (int width : new int[] {PHONE, LAPTOP}) {
            browser.resize(width);
            assertThat(browser.contentWidth())
                    .as("no sideways scrolling on the %s result at %d px", name, width)
                    .isLessThanOrEqualTo(browser.windowWidth());
            browser.screenshot("result-" + name + "-" + width);
        }
    }

    /**
     * Presses Tab until the focused element's text is {@code target} or its id is {@code target} without the {@code #};
     * every element reached on the way must show the focus. Returns them, in order.
     */
    private static List<String> tabUntil(Browser browser, String target) {
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            WebElement focused = browser.tab();
            String text = focused.getText();
            String id = focused.getDomAttribute("id");
            reached.add(focused.getTagName() + (text.isBlank() ? "#" + id : " " + text));
            assertThat(browser.showsFocus(focused))
                    .as("focus visible on %s", reached.getLast())
                    .isTrue();
            if ((!text.isBlank() && text.startsWith(target)) || ("#" + id).equals(target)) {
                return reached;
            }
        }
        throw new AssertionError("Tab never reached " + target + ": " + reached);
    }

    private static void waitForFocus(Browser browser, WebElement element) {
        try {
            until(browser, driver -> driver.switchTo().activeElement().equals(element));
        } catch (RuntimeException e) {
            WebElement focused = browser.focused();
            throw new AssertionError("Focus is on <" + focused.getTagName() + " id=" + focused.getDomAttribute("id")
                    + "> " + focused.getText() + ", not on " + element.getTagName() + " " + element.getText());
        }
    }

    private static List<String> checked(Browser browser, String name) {
        return browser.driver().findElements(By.cssSelector("input[name='" + name + "']:checked")).stream()
                .map(input -> input.getDomAttribute("value"))
                .toList();
    }

    private static List<String> texts(Browser browser, By locator) {
        return browser.driver().findElements(locator).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static void until(Browser browser, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), WAIT, Duration.ofMillis(50)).until(condition);
    }
}
