package kneadwise.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kneadwise.testing.Accessibility;
import kneadwise.testing.Browser;
import kneadwise.testing.BrowserExtension;
import kneadwise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The home page, the claim check page and the about page in a real browser: at a phone's width and a laptop's, free of serious
 * accessibility problems, and usable with the keyboard alone. Screenshots are in target/screenshots.
 */
@FullStackTest
@ExtendWith(BrowserExtension.class)
class HomePageBrowserTest {

    private static final int PHONE = 375;
    private static final int LAPTOP = 1280;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/, home, Will massage help my back?",
        "/claims, claims, Check a text about massage",
        "/about, about, About Kneadwise and its evidence",
        "/privacy, privacy, 'Privacy: what Kneadwise keeps and who sees it'",
        "/disclaimer, disclaimer, Not medical advice",
        "/api/docs, api-docs, Kneadwise API reference"
    })
    void fitsPhoneAndLaptopWithoutSeriousAccessibilityProblems(
            String path, String name, String heading, Browser browser) {
        for (int width : new int[] {PHONE, LAPTOP}) {
            browser.resize(width);
            browser.open(path);

            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(heading);
            assertThat(browser.contentWidth())
                    .as("no sideways scrolling at %d px", width)
                    .isLessThanOrEqualTo(browser.windowWidth());
            Accessibility.assertNoSeriousViolations(browser.driver());
            browser.screenshot(name + "-" + width);
        }
    }

    @Test
    void aClaimCanBeCheckedWithTheKeyboardAlone(Browser browser) {
        browser.open("/claims");

        assertThat(tab(browser, 6))
                .containsExactly(
                        "a Skip to main content",
                        "a Kneadwise",
                        "a Find a therapist",
                        "a Log in",
                        "a Create an account",
                        "textarea#text");
        browser.screenshot("claims-focus-textarea");
        browser.type("Massage flushes toxins from your muscles.");
        assertThat(tab(browser, 1)).containsExactly("button Check the text");
        browser.screenshot("claims-focus-button");
        browser.type(Keys.ENTER);

        WebElement result = browser.waitFor(By.id("result-heading"));
        assertThat(result.getText()).isEqualTo("1 claim(s) to look at");
        assertThat(browser.find(By.cssSelector(".checked-text mark")).getText())
                .startsWith("Massage flushes toxins from your muscles.");
        Accessibility.assertNoSeriousViolations(browser.driver());
        browser.screenshot("claims-result-" + LAPTOP);
        browser.resize(PHONE);
        assertThat(browser.contentWidth()).isLessThanOrEqualTo(browser.windowWidth());
        browser.screenshot("claims-result-" + PHONE);
    }

    /** Presses Tab {@code times} times; every element reached must show the focus. Returns them, in order. */
    private static List<String> tab(Browser browser, int times) {
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            WebElement focused = browser.tab();
            String text = focused.getText();
            reached.add(focused.getTagName() + (text.isBlank() ? "#" + focused.getDomAttribute("id") : " " + text));
            assertThat(browser.showsFocus(focused))
                    .as("focus visible on %s", reached.getLast())
                    .isTrue();
        }
        return reached;
    }
}
