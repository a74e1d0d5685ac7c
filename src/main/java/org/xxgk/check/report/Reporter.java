package org.xxgk.check.report;

import java.util.List;

import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Severity;

/**
 * Writes the outcome of a run, report by report: {@link #begin}, then {@link #report} once per input file in input
 * order as each is checked, then {@link #end}. A reporter keeps at most a small summary per report, never the whole
 * batch, so a run over thousands of reports writes as it goes. Reporters see findings, never facts or Drools.
 */
public interface Reporter {

    /** Before the first report: what the run uses. */
    void begin(RunInfo run);

    /** One report (or one file that could not be checked), in input order. */
    void report(CheckedReport report);

    /** After the last report: the counts over the run. Flushes and closes what the reporter opened. */
    void end(Summary summary);

    /** A whole run held in a list: begin, every report, end. */
    default void write(List<CheckedReport> reports, RunInfo run) {
        begin(run);
        reports.forEach(this::report);
        end(Summary.of(reports));
    }

    /**
     * What the run used.
     *
     * @param rules     where the rules came from (a folder, or 「内置规则」)
     * @param ruleCount number of rules in force
     * @param catalogue the rules in force, sorted by id (empty when the caller does not give them)
     * @param version   the checker's version, or {@code null}
     * @param config    the config file used, as shown to people, or {@code null} when there was none
     * @param baseline  the baseline file used, or {@code null}
     * @param informationUri an absolute URI of the checker's documentation, or {@code null}
     */
    record RunInfo(String rules, int ruleCount, List<RuleDoc> catalogue, String version, String config,
                   String baseline, String informationUri) {

        public RunInfo {
            catalogue = List.copyOf(catalogue);
        }

        public RunInfo(String rules, int ruleCount, List<RuleDoc> catalogue, String version) {
            this(rules, ruleCount, catalogue, version, null, null, null);
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

        /** 「配置：xxgk.yaml」 or 「无配置文件」, as the summary line says it. */
        public String configNote() {
            return config == null ? "无配置文件" : "配置：" + config;
        }

        /** The rule's title, or {@code ""} when the catalogue does not list it. */
        public String title(String id) {
            RuleDoc r = rule(id);
            return r == null ? "" : r.title();
        }
    }

    /**
     * A rule as reporters describe it, copied from the engine's catalogue and the rule's documents.
     *
     * @param id       the rule id
     * @param severity the severity in force
     * @param title    the Chinese title
     * @param basis    the clause the rule enforces
     * @param category the rule's folder ({@code tables}), or empty
     * @param help     what the rule checks and why (its DRL header comment) and its examples (its feature's
     *                 scenarios), plain text; or {@code ""}
     * @param helpMarkdown the same as Markdown, or {@code ""}
     * @param helpUri  an absolute URI of the rule's feature file, or {@code null}
     */
    record RuleDoc(String id, Severity severity, String title, String basis, String category, String help,
                   String helpMarkdown, String helpUri) {

        public RuleDoc(String id, Severity severity, String title, String basis, String category) {
            this(id, severity, title, basis, category, "", "", null);
        }
    }
}
