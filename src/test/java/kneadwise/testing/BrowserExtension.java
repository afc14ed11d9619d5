package kneadwise.testing;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each test method of a {@link FullStackTest} that asks for one a fresh {@link Browser} on the application's
 * random port, and closes it after the test. When the test fails, the page the browser showed is kept (a screenshot
 * and its HTML, under {@code target/screenshots/<test class>/}) and the failure names both files.
 */
public final class BrowserExtension implements ParameterResolver, AfterTestExecutionCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port");
        // In the test method's store, which JUnit closes (and with it the browser) when the test is over.
        return context.getStore(NAMESPACE)
                .computeIfAbsent(
                        Browser.class,
                        key -> Browser.start("http://127.0.0.1:" + port, context.getRequiredTestClass()),
                        Browser.class);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        // Here rather than in a TestWatcher: watchers run after the store has closed the browser.
        Optional<Throwable> failure = context.getExecutionException();
        Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
        if (failure.isEmpty() || failure.get() instanceof TestAbortedException || browser == null) {
            return;
        }
        String name = fileName(context) + "-failed";
        try {
            Path screenshot = browser.screenshot(name);
            Path html = browser.pageSource(name);
            context.publishReportEntry("browser", screenshot + " " + html);
            failure.get()
                    .addSuppressed(new PageAtFailure(
                            "The browser showed " + browser.driver().getCurrentUrl() + "; screenshot "
                                    + screenshot.toAbsolutePath() + ", page source " + html.toAbsolutePath()));
        } catch (RuntimeException e) {
            // The browser may be what broke: say so, but never hide the test's own failure.
            failure.get().addSuppressed(e);
        }
    }

    /** The method's name, and for a parameterized test its display name too, as a file name. */
    private static String fileName(ExtensionContext context) {
        String method = context.getRequiredTestMethod().getName();
        String display = context.getDisplayName();
        String name = display.startsWith(method + "(") ? method : method + "-" + display;
        return name.replaceAll("[^A-Za-z0-9_.-]+", "_");
    }

    /** Carries the paths into the failure report; a stack trace would only repeat this class. */
    private static final class PageAtFailure extends Exception {

        private static final long serialVersionUID = 1L;

        PageAtFailure(String message) {
            super(message, null, false, false);
        }
    }
}
