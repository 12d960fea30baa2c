package org.onewindow.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** axe-core (Deque's, bundled with its Selenium integration) run on the page a browser shows. */
public final class Accessibility {

    private Accessibility() {}

    /**
     * The serious and critical WCAG 2.x A/AA violations on the page, shadow roots included, each as
     * "rule: help — the elements"; empty when there are none.
     */
    public static List<String> seriousViolations(WebDriver driver) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Accessibility::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()) + " "
                                + (node.getFailureSummary() == null
                                        ? ""
                                        : node.getFailureSummary().replace('\n', ' ')))
                        .limit(5)
                        .collect(Collectors.joining("; "));
    }
}
