package org.xxgk.check.report;

import java.io.PrintWriter;
import java.util.List;

import org.xxgk.check.finding.CheckedReport;

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
     */
    record RunInfo(String rules, int ruleCount) {
    }
}
