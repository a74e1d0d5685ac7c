package org.xxgk.check.report;

import java.util.List;

import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Severity;

/** Counts over a run, shared by every reporter. */
public record Summary(int reports, int failed, long errors, long warnings, long infos, long suppressed) {

    public static Summary of(List<CheckedReport> reports) {
        long e = 0;
        long w = 0;
        long i = 0;
        long s = 0;
        int failed = 0;
        for (CheckedReport r : reports) {
            if (r.error() != null) {
                failed++;
            }
            e += r.count(Severity.ERROR);
            w += r.count(Severity.WARNING);
            i += r.count(Severity.INFO);
            s += r.suppressed().size();
        }
        return new Summary(reports.size(), failed, e, w, i, s);
    }
}
