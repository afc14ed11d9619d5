package kneadwise.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * A headless Chromium for tests of the web pages, driven by Selenium: the installed one ({@link Chromium}), never one
 * that Selenium Manager downloads, with a profile of its own that is deleted on {@link #close()}. Paths given to
 * {@link #open} are relative to the application under test; screenshots go to
 * {@code target/screenshots/<test class>/}. In a {@link FullStackTest}, {@link BrowserExtension} hands one to each
 * test method.
 */
public final class Browser implements AutoCloseable {

    /** Tall enough that most pages fit; full-page screenshots do not depend on it. */
    private static final int WINDOW_HEIGHT = 900;

    private static final Duration WAIT = Duration.ofSeconds(10);

    // CDP is called through chromedriver (executeCdpCommand), which works whatever the Chromium version, so
    // Selenium's warning that its own CDP bindings are older than the browser is noise. A field: JUL holds loggers
    // weakly, and a collected logger forgets its level.
    @SuppressWarnings("unused")
    private static final Logger CDP_VERSION_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path screenshots;
    private final Path profile;

    private Browser(ChromeDriver driver, String baseUrl, Path screenshots, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
        this.profile = profile;
    }

    /** Starts Chromium, 1280 px wide, for pages under {@code baseUrl}; screenshots are filed under the test class. */
    public static Browser start(String baseUrl, Class<?> testClass) {
        Chromium chromium = Chromium.installed();
        Path profile = temporaryDirectory();
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.browser().toFile())
                .addArguments(
                        "--headless=new",
                        // Containers and CI run as root, where Chromium's sandbox cannot start.
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        // Nothing but the application under test: no first-run pages, updates or sync.
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        // /dev/shm is small in containers; Chromium crashes when it fills up.
                        "--disable-dev-shm-usage",
                        // As on a phone: scroll bars that take no width, so 375 px wide means 375 px of page.
                        "--hide-scrollbars",
                        "--user-data-dir=" + profile,
                        "--window-size=1280," + WINDOW_HEIGHT);
        // Naming the driver is what keeps Selenium Manager from looking for one (and downloading it).
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromium.driver().toFile())
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            // New headless Chromium never gives its window the system focus, so pages run as if in a background
            // window; emulate a focused one, as a person at the screen has, for keyboard and focus tests.
            driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
            return new Browser(driver, baseUrl, Path.of("target", "screenshots", testClass.getSimpleName()), profile);
        } catch (RuntimeException e) {
            deleteProfile(profile);
            throw e;
        }
    }

    /** Loads a page of the application, e.g. {@code open("/claims")}, and waits until it has loaded. */
    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** The window {@code width} CSS pixels wide (and generously tall), e.g. 375 for a phone, 1280 for a laptop. */
    public void resize(int width) {
        driver.manage().window().setSize(new Dimension(width, WINDOW_HEIGHT));
        // The page may still report its old width for a moment on a busy machine (once seen: a 1280 px page after
        // resizing to 375, which made a negative window width): wait until it has taken the new size.
        long inner = innerWidth();
        for (int tries = 0; inner > width && tries < 50; tries++) {
            sleep(100);
            inner = innerWidth();
        }
        // Headed or other Chromium builds may give the page less than the window: make up the difference.
        if (inner < width) {
            driver.manage().window().setSize(new Dimension(width + (width - (int) inner), WINDOW_HEIGHT));
        }
    }

    private long innerWidth() {
        return (Long) driver.executeScript("return window.innerWidth");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The width of the page's content in CSS pixels: more than the window's when it scrolls sideways. */
    public long contentWidth() {
        return (Long) driver.executeScript("return document.documentElement.scrollWidth");
    }

    /** The window's inner width in CSS pixels. */
    public long windowWidth() {
        return (Long) driver.executeScript("return window.innerWidth");
    }

    public WebElement find(By locator) {
        return driver.findElement(locator);
    }

    /** Waits (up to 10 s) for an element to be on the page, e.g. on the page a form submission leads to. */
    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** Presses Tab, as a keyboard user would, and returns the element that has the focus then. */
    public WebElement tab() {
        WebElement before = focused();
        new Actions(driver).sendKeys(Keys.TAB).perform();
        if (!focusMovesFrom(before)) {
            // Two CI runs on a loaded machine saw the focus still on <body> 2 s after a first Tab: the key was lost,
            // not handled late. Press it once more; a page whose focus really is stuck still fails the caller.
            new Actions(driver).sendKeys(Keys.TAB).perform();
            focusMovesFrom(before);
        }
        return focused();
    }

    /** Waits up to 2 s for the focus to leave {@code before}; whether it did. */
    private boolean focusMovesFrom(WebElement before) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(2)).until(d -> !before.equals(focused()));
            return true;
        } catch (org.openqa.selenium.TimeoutException stillThere) {
            return false;
        }
    }

    /** Types into whatever has the focus: text, or keys such as {@link Keys#ENTER}. */
    public void type(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Whether the element, while it has the focus, draws a focus indicator of the site's own: an outline of at least
     * 2 px or a box shadow. The browser's default ring ({@code outline-style: auto}) does not count: its colour is
     * the browser's choice, and Chromium's is as dark as our fields' borders, so it cannot be seen there.
     */
    public boolean showsFocus(WebElement element) {
        String outlineStyle = element.getCssValue("outline-style");
        double outlineWidth =
                Double.parseDouble(element.getCssValue("outline-width").replace("px", ""));
        boolean outline = !outlineStyle.equals("none") && !outlineStyle.equals("auto") && outlineWidth >= 2;
        return outline || !element.getCssValue("box-shadow").equals("none");
    }

    /** Saves the whole page, not just the window, as {@code <name>.png}; returns the file. */
    public Path screenshot(String name) {
        return write(name + ".png", fullPagePng());
    }

    /** Saves the page's current HTML as {@code <name>.html}; returns the file. */
    public Path pageSource(String name) {
        return write(name + ".html", driver.getPageSource().getBytes(StandardCharsets.UTF_8));
    }

    /** For what this class does not wrap: the Selenium driver. */
    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile(profile);
        }
    }

    @SuppressWarnings("unchecked")
    private byte[] fullPagePng() {
        // Chromium renders beyond the window when asked for a clip as large as the content (DevTools protocol).
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Number> content = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> clip =
                Map.of("x", 0, "y", 0, "width", content.get("width"), "height", content.get("height"), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    private Path write(String fileName, byte[] content) {
        try {
            Files.createDirectories(screenshots);
            return Files.write(screenshots.resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("kneadwise-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteProfile(Path profile) {
        try {
            FileSystemUtils.deleteRecursively(profile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the browser profile " + profile, e);
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }
}
