package org.xxgk.check.report;

import java.util.List;

import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.finding.Severity;

/** A small run to write: two checked reports (one with findings of every level and a suppression), one unreadable. */
final class ReportFixtures {

    static final String SCRIPT = "<script>alert('x')</script>";

    private ReportFixtures() {
    }

    static List<CheckedReport> reports() {
        CheckedReport withFindings = new CheckedReport("年报/2024 消防&大队.pdf", "某某消防救援大队", 2024, "2021",
                List.of(new Finding("TABLE-ROW-TOTAL", Severity.ERROR, 68, "第三部分表格“一、本年新收”行总计列为0，但各列之和为5", "5", "0"),
                        new Finding("TABLE-ROW-TOTAL", Severity.ERROR, 70, "第三部分表格“（一）予以公开”行总计列为0，但各列之和为2", "2", "0"),
                        new Finding("META-AGENCY-NAME", Severity.WARNING, 3, "机关名称写作" + SCRIPT + "\u0001", null, null),
                        new Finding("SECTION-LENGTH", Severity.INFO, 9, "第一部分正文约1573字", null, null),
                        new Finding("UNLISTED-RULE", Severity.WARNING, 0, "整份年报的问题", null, null)),
                List.of(new CheckedReport.Suppressed(
                        new Finding("FEE-STATEMENT-MISSING", Severity.ERROR, 90, "没有报告信息处理费收取情况", null, null),
                        "本单位不收费，已书面说明")),
                null);
        CheckedReport clean = new CheckedReport("samples/clean.txt", "某某中心", 2024, "2021", List.of(), List.of(), null);
        CheckedReport unreadable = CheckedReport.failed("scan.pdf", "PDF 中没有可提取的文字（可能是扫描件），请先做文字识别");
        return List.of(withFindings, clean, unreadable);
    }

    static Reporter.RunInfo run() {
        return new Reporter.RunInfo("rules", 4, List.of(
                new Reporter.RuleDoc("FEE-STATEMENT-MISSING", Severity.ERROR, "第六部分未报告信息处理费收取情况", "国办公开办函〔2021〕30号", "narrative"),
                new Reporter.RuleDoc("META-AGENCY-NAME", Severity.WARNING, "标题与正文中的机关名称不一致", "条例第五十条", "meta"),
                new Reporter.RuleDoc("SECTION-LENGTH", Severity.INFO, "总体情况篇幅超过一千字", "国办公开办函〔2021〕30号", "structure"),
                new Reporter.RuleDoc("TABLE-ROW-TOTAL", Severity.ERROR, "第三部分表格总计列与各类申请人之和不符", "附件 第三部分", "tables")),
                "9.9.9");
    }
}
