package org.xxgk.check.report;

import java.io.PrintWriter;
import java.util.List;

import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Severity;

/** Writes the outcome of a run. Reporters see findings, never facts or Drools. */
public interface Reporter {

    /**
     * @param reports one entry per input file, in input order
     * @param run     what the run used (rule set and counts)
     * @param out     where to write
     */
    void write(List<CheckedReport> reports, RunInfo run, PrintWriter out);

    /**
     * What the run used.
     *
     * @param rules     where the rules came from (a folder, or 「内置规则」)
     * @param ruleCount number of rules in force
     * @param catalogue the rules in force, sorted by id (empty when the caller does not give them)
     * @param version   the checker's version, or {@code null}
     */
    record RunInfo(String rules, int ruleCount, List<RuleDoc> catalogue, String version) {

        public RunInfo {
            catalogue = List.copyOf(catalogue);
        }

        public RunInfo(String rules, int ruleCount) {
            this(rules, ruleCount, List.of(), null);
        }

        /** The catalogue entry of a rule id, or {@code null}. */
        public RuleDoc rule(String id) {
            for (RuleDoc r : catalogue) {
                if (r.id().equals(id)) {
                    return r;
                }
            }
            return null;
        }
    }

    /**
     * A rule as reporters describe it, copied from the engine's catalogue.
     *
     * @param id       the rule id
     * @param severity the rule's own severity
     * @param title    the Chinese title
     * @param basis    the clause the rule enforces
     * @param category the rule's folder ({@code tables}), or empty
     */
    record RuleDoc(String id, Severity severity, String title, String basis, String category) {
    }
}
