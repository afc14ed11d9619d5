package kneadwise.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The installed Chromium and its chromedriver, which browser tests use instead of letting Selenium Manager download
 * a browser. Debian's paths unless {@code KNEADWISE_CHROMIUM} or {@code KNEADWISE_CHROMEDRIVER} (system property or
 * environment variable) name others.
 */
record Chromium(Path browser, Path driver) {

    static Chromium installed() {
        Path browser = Path.of(setting("KNEADWISE_CHROMIUM", "/usr/bin/chromium"));
        Path driver = Path.of(setting("KNEADWISE_CHROMEDRIVER", "/usr/bin/chromedriver"));
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(browser)) {
            missing.add("Chromium at " + browser + " (set KNEADWISE_CHROMIUM to use another)");
        }
        if (!Files.isExecutable(driver)) {
            missing.add("chromedriver at " + driver + " (set KNEADWISE_CHROMEDRIVER to use another)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The browser tests need a headless Chromium and its driver; missing: "
                    + String.join(", ", missing) + ". On Debian: apt-get install -y chromium chromium-driver");
        }
        return new Chromium(browser, driver);
    }

    private static String setting(String name, String debianDefault) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? debianDefault : value;
    }
}
