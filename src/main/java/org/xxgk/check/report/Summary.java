package org.xxgk.check.report;

import java.util.List;

import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Severity;

/**
 * Counts over a run, shared by every reporter.
 *
 * @param reports    reports checked (files that could not be read are not among them)
 * @param unreadable files that could not be checked: missing, unreadable, or not a report
 * @param suppressed findings a suppression in the config set apart
 * @param baselined  findings the baseline lists
 */
public record Summary(int reports, int unreadable, long errors, long warnings, long infos, long suppressed,
                      long baselined) {

    public static Summary of(List<CheckedReport> reports) {
        Tally t = new Tally();
        reports.forEach(t::add);
        return t.summary();
    }

    /** The counts so far, added to report by report. */
    public static final class Tally {
        private int reports;
        private int unreadable;
        private long errors;
        private long warnings;
        private long infos;
        private long suppressed;
        private long baselined;

        public void add(CheckedReport r) {
            if (r.error() != null) {
                unreadable++;
                return;
            }
            reports++;
            errors += r.count(Severity.ERROR);
            warnings += r.count(Severity.WARNING);
            infos += r.count(Severity.INFO);
            suppressed += r.suppressed().size();
            baselined += r.baselined().size();
        }

        public Summary summary() {
            return new Summary(reports, unreadable, errors, warnings, infos, suppressed, baselined);
        }
    }

    /** Active findings at or above {@code level}. */
    public long atLeast(Severity level) {
        return switch (level) {
            case ERROR -> errors;
            case WARNING -> errors + warnings;
            case INFO -> errors + warnings + infos;
        };
    }

    /**
     * The summary line: 「检查了 5 份年报：错误 8，警告 3，提示 3，已抑制 1（规则：rules，28 条；配置：xxgk.yaml）」.
     * Files that could not be read are counted apart: 「检查了 4 份年报，1 个文件无法读取：…」.
     */
    public String line(Reporter.RunInfo run) {
        StringBuilder line = new StringBuilder();
        line.append("检查了 ").append(reports).append(" 份年报");
        if (unreadable > 0) {
            line.append("，").append(unreadable).append(" 个文件无法读取");
        }
        line.append("：错误 ").append(errors).append("，警告 ").append(warnings).append("，提示 ").append(infos);
        if (suppressed > 0) {
            line.append("，已抑制 ").append(suppressed);
        }
        if (baselined > 0) {
            line.append("，基线中已有 ").append(baselined);
        }
        line.append("（规则：").append(run.rules()).append("，").append(run.ruleCount()).append(" 条；")
                .append(run.configNote());
        if (run.baseline() != null) {
            line.append("；基线：").append(run.baseline());
        }
        line.append("）");
        return line.toString();
    }
}
