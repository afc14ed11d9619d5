package kneadwise.testing;

import static org.assertj.core.api.Assertions.assertThat;

import kneadwise.accounts.People;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** What every browser journey does: log in through the form, and check a page at a phone's and a desk's width. */
public final class PageChecks {

    private static final int[] WIDTHS = {375, 1280};

    private PageChecks() {}

    /** A 302 whose Location is {@code path} (relative, as the service sends it), with or without a query. */
    public static void assertRedirectsTo(java.net.http.HttpResponse<String> response, String path) {
        assertThat(response.statusCode()).as("status of " + response.uri()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .as("where " + response.uri() + " sends the browser")
                .hasValueSatisfying(
                        location -> assertThat(location).matches(java.util.regex.Pattern.quote(path) + "(\\?.*)?"));
    }

    public static void logIn(Browser browser, String email) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.find(By.id("email")).sendKeys(email);
        browser.find(By.id("password")).sendKeys(People.PASSWORD);
        browser.find(By.cssSelector("main button[type=submit]")).click();
        browser.waitFor(By.xpath("//h1[.='My account']"));
    }

    /** Clicks the label of a choice (a radio button or a box), as a person would, and checks that it took. */
    public static void choose(Browser browser, String name, String value) {
        WebElement input = browser.find(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        WebElement label = browser.find(By.cssSelector("label[for='" + input.getDomAttribute("id") + "']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", label);
        label.click();
        assertThat(input.isSelected()).as("%s=%s chosen", name, value).isTrue();
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
