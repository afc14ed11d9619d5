package kneadwise.testing;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the page a browser shows with axe-core against WCAG 2.1 A and AA. Serious and critical violations fail the
 * test; moderate and minor ones, and what axe could not decide, are logged for a person to look at.
 */
public final class Accessibility {

    private static final Logger LOG = LoggerFactory.getLogger(Accessibility.class);
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private Accessibility() {}

    public static void assertNoSeriousViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        String page = driver.getCurrentUrl();
        if (results.isErrored()) {
            throw new AssertionError(
                    "axe-core could not check " + page + ": " + results.getErrorMessage(), results.getError());
        }
        if (results.getPasses().isEmpty()
                && results.getViolations().isEmpty()
                && results.getIncomplete().isEmpty()) {
            // No verdict at all means axe did not really run (e.g. its script did not reach the page).
            throw new AssertionError("axe-core checked no rule on " + page);
        }
        LOG.info(
                "axe-core {} on {}: {} rule(s) passed, {} violated",
                results.getTestEngine().getVersion(),
                page,
                results.getPasses().size(),
                results.getViolations().size());
        List<Rule> failing = results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .toList();
        results.getViolations().stream()
                .filter(rule -> !failing.contains(rule))
                .forEach(rule -> LOG.warn("Accessibility on {}:\n{}", page, describe(rule)));
        if (!results.getIncomplete().isEmpty()) {
            LOG.info(
                    "axe-core could not decide on {}, check by hand: {}",
                    page,
                    results.getIncomplete().stream().map(Rule::getId).toList());
        }
        if (!failing.isEmpty()) {
            throw new AssertionError(failing.size() + " serious or critical accessibility violation(s) on " + page
                    + ":\n" + failing.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        }
    }

    /** The rule, its impact and help text, then each failing element by its CSS selector and what is wrong. */
    private static String describe(Rule rule) {
        String nodes = rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getHelpUrl() + "\n"
                + nodes;
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null
                ? ""
                : ": " + node.getFailureSummary().replaceAll("\\s+", " ");
        return "    " + node.getTarget() + summary;
    }
}
