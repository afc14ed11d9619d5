package kneadwise.testing;

import static org.assertj.core.api.Assertions.assertThat;

import kneadwise.accounts.People;
import org.openqa.selenium.By;

/** What every browser journey does: log in through the form, and check a page at a phone's and a desk's width. */
public final class PageChecks {

    private static final int[] WIDTHS = {375, 1280};

    private PageChecks() {}

    public static void logIn(Browser browser, String email) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.find(By.id("email")).sendKeys(email);
        browser.find(By.id("password")).sendKeys(People.PASSWORD);
        browser.find(By.cssSelector("main button[type=submit]")).click();
        browser.waitFor(By.xpath("//h1[.='My account']"));
    }

    /** No sideways scrolling and no serious axe-core violation at 375 and 1280 px; a screenshot of each. */
    public static void check(Browser browser, String name) {
        for (int width : WIDTHS) {
            browser.resize(width);
            assertThat(browser.contentWidth())
                    .as("no sideways scrolling on %s at %d px", name, width)
                    .isLessThanOrEqualTo(browser.windowWidth());
            Accessibility.assertNoSeriousViolations(browser.driver());
            browser.screenshot(name + "-" + width);
        }
    }
}
