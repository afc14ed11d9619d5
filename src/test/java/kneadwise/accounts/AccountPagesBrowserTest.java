package kneadwise.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import kneadwise.testing.Accessibility;
import kneadwise.testing.Browser;
import kneadwise.testing.BrowserExtension;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The account pages and the error page in a real browser, at a phone's width and a laptop's: no serious
 * accessibility problems and no sideways scrolling, before and after logging in through the form.
 */
@FullStackTest
@ExtendWith(BrowserExtension.class)
class AccountPagesBrowserTest {

    private static final int[] WIDTHS = {375, 1280};

    @Autowired
    ServiceClient service;

    @Test
    void pagesForPeopleNotLoggedIn(Browser browser) {
        check(browser, "/login", "login");
        check(browser, "/signup", "signup");
        check(browser, "/password-reset", "password-reset");
        check(browser, "/no-such-page", "not-found");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Page not found");
    }

    @Test
    void pagesForSomeoneLoggedIn(Browser browser) {
        String email = People.signUp(service, "PATIENT");
        browser.open("/login");
        browser.find(By.id("email")).sendKeys(email);
        browser.find(By.id("password")).sendKeys(People.PASSWORD);
        browser.find(By.cssSelector("main button[type=submit]")).click();
        browser.waitFor(By.xpath("//h1[contains(., 'account') or contains(., 'Account')]"));

        check(browser, "/account", "account");
        check(browser, "/account/audit", "audit");
        check(browser, "/account/check-ins", "saved-check-ins");
        assertThat(browser.find(By.tagName("main")).getText()).contains("You have not saved a check-in yet");
    }

    private static void check(Browser browser, String path, String name) {
        for (int width : WIDTHS) {
            browser.resize(width);
            browser.open(path);
            assertThat(browser.contentWidth())
                    .as("no sideways scrolling on %s at %d px", path, width)
                    .isLessThanOrEqualTo(browser.windowWidth());
            Accessibility.assertNoSeriousViolations(browser.driver());
            browser.screenshot(name + "-" + width);
        }
    }
}
