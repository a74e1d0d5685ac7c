package org.xxgk.check.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.finding.Severity;

/**
 * The officer's decisions about a rule set, resolved against it: which rules do not run, which severities change,
 * which findings are suppressed.
 */
public final class Policy {

    private static final Policy NONE = new Policy(Set.of(), Set.of(), Map.of(), List.of());

    private final Set<String> requirements;
    private final Set<String> disabled;
    private final Map<String, Severity> severities;
    private final List<Suppression> suppressions;

    Policy(Set<String> requirements, Set<String> disabled, Map<String, Severity> severities,
           List<Suppression> suppressions) {
        this.requirements = Set.copyOf(requirements);
        this.disabled = Set.copyOf(disabled);
        this.severities = Map.copyOf(severities);
        this.suppressions = List.copyOf(suppressions);
    }

    /** The national catalogue: every rule without a requirement runs with its own severity; nothing is suppressed. */
    public static Policy none() {
        return NONE;
    }

    /** The optional requirements switched on: their rules run (unless switched off one by one). */
    public Set<String> requirements() {
        return requirements;
    }

    /**
     * The rules that do not run: those switched off with {@code enabled: false}, and those that implement a
     * requirement the config does not list.
     */
    public Set<String> disabled() {
        return disabled;
    }

    /** Severities the config sets, by rule id. */
    public Map<String, Severity> severities() {
        return severities;
    }

    public List<Suppression> suppressions() {
        return suppressions;
    }

    /**
     * The findings of one report with the config applied: severities changed first, then the findings a
     * suppression matches set apart (with their changed severity, as they would have counted).
     */
    public Outcome apply(String file, List<Finding> findings) {
        List<Finding> active = new ArrayList<>();
        List<CheckedReport.Suppressed> suppressed = new ArrayList<>();
        for (Finding f : findings) {
            Severity s = severities.get(f.rule());
            Finding inForce = s == null ? f : f.withSeverity(s);
            Suppression match = suppressions.stream().filter(x -> x.matches(file, f.rule())).findFirst().orElse(null);
            if (match == null) {
                active.add(inForce);
            } else {
                suppressed.add(new CheckedReport.Suppressed(inForce, match.reason()));
            }
        }
        return new Outcome(active, suppressed);
    }

    /** The findings that count and those set apart by a suppression. */
    public record Outcome(List<Finding> active, List<CheckedReport.Suppressed> suppressed) {
    }
}
