package org.xxgk.check.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kie.api.runtime.rule.RuleContext;
import org.xxgk.check.finding.Finding;

/**
 * The global every rule reports through ({@code global Findings findings;}). A consequence makes one call; the id
 * and severity come from the rule's metadata, so the rule text never repeats them.
 */
public final class Findings {

    private final Map<String, RuleInfo> rulesByName;
    private final List<Finding> found = new ArrayList<>();

    Findings(Map<String, RuleInfo> rulesByName) {
        this.rulesByName = rulesByName;
    }

    /** Reports a finding that compares an expected and an actual value. */
    public void report(RuleContext kcontext, int line, String message, Object expected, Object actual) {
        RuleInfo rule = rulesByName.get(kcontext.getRule().getName());
        found.add(new Finding(rule.id(), rule.severity(), line, message, text(expected), text(actual)));
    }

    /** Reports a finding without values. */
    public void report(RuleContext kcontext, int line, String message) {
        report(kcontext, line, message, null, null);
    }

    List<Finding> found() {
        return found;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }
}
