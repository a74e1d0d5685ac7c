package org.xxgk.check.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.finding.Location;
import org.xxgk.check.finding.Severity;

/**
 * The rows of the sheets reviewers sort, filter and send on ({@code csv} and {@code xlsx}): one row per finding,
 * and one per report. Active, suppressed and baselined findings are all listed, told apart by 状态, so that a
 * filter on 状态 shows what is left to do.
 */
final class FindingRows {

    /** The findings sheet: the columns of one finding. */
    static final List<String> FINDING_HEADER = List.of("文件", "机关", "年度", "行", "级别", "规则", "标题", "说明",
            "期望值", "实际值", "位置", "另见", "状态", "指纹");
    /** The reports sheet: the columns of one report. */
    static final List<String> REPORT_HEADER = List.of("文件", "机关", "年度", "模板", "错误", "警告", "提示",
            "已抑制", "基线中已有", "规则", "说明");
    /** Columns of {@link #FINDING_HEADER} that hold numbers (年度, 行). */
    static final Set<Integer> FINDING_NUMBERS = Set.of(2, 3);
    /** Columns of {@link #REPORT_HEADER} that hold numbers. */
    static final Set<Integer> REPORT_NUMBERS = Set.of(2, 4, 5, 6, 7, 8);

    static final String ACTIVE = "待处理";
    static final String BASELINED = "基线中已有";

    private FindingRows() {
    }

    /** Every finding of a report, active ones first; a file that could not be read is one row. */
    static List<List<Object>> findings(CheckedReport r, Reporter.RunInfo run) {
        List<List<Object>> rows = new ArrayList<>();
        if (r.error() != null) {
            rows.add(Arrays.asList(r.file(), "", null, null, "错误", "", "读取年报", r.error(), "", "", "", "",
                    "无法读取", ""));
            return rows;
        }
        for (Finding f : r.findings()) {
            rows.add(row(r, f, ACTIVE, run));
        }
        for (CheckedReport.Suppressed s : r.suppressed()) {
            rows.add(row(r, s.finding(), "已抑制：" + s.reason(), run));
        }
        for (Finding f : r.baselined()) {
            rows.add(row(r, f, BASELINED, run));
        }
        return rows;
    }

    private static List<Object> row(CheckedReport r, Finding f, String status, Reporter.RunInfo run) {
        return Arrays.asList(r.file(), nonNull(r.agency()), r.year(), f.line() > 0 ? f.line() : null,
                f.severity().chinese(), f.rule(), run.title(f.rule()), f.message(), nonNull(f.expected()),
                nonNull(f.actual()), f.subject().describe(), related(f), status, nonNull(f.fingerprint()));
    }

    /** 「2023/a.txt:58」 for each place in another report, separated by 「；」. */
    private static String related(Finding f) {
        return String.join("；", f.related().stream().map(Location::text).toList());
    }

    /** One row per report: counts by level and the rule ids found. */
    static List<Object> report(CheckedReport r) {
        if (r.error() != null) {
            return Arrays.asList(r.file(), "", null, "", null, null, null, null, null, "",
                    "无法读取：" + r.error());
        }
        Set<String> rules = new LinkedHashSet<>();
        r.findings().forEach(f -> rules.add(f.rule()));
        return Arrays.asList(r.file(), nonNull(r.agency()), r.year(), nonNull(r.template()),
                r.count(Severity.ERROR), r.count(Severity.WARNING),
                r.count(Severity.INFO), (long) r.suppressed().size(),
                (long) r.baselined().size(), String.join("、", rules), r.findings().isEmpty() ? "未发现问题" : "");
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
