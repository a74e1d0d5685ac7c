package org.xxgk.check.report;

import java.io.PrintWriter;
import java.util.List;

import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.finding.Severity;
import org.xxgk.check.template.Text;

/**
 * One self-contained HTML page for people who prefer a browser: inline CSS, no scripts, no external resources, every
 * text escaped. The summary comes first (counts, then one row per report with a link to its part), then per report a
 * table of findings: level, rule (id and title), line, message.
 */
public final class HtmlReporter implements Reporter {

    private static final String CSS = """
            body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2em auto;max-width:72em;\
            padding:0 1em;color:#222;line-height:1.5}
            h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin:1.6em 0 .3em;word-break:break-all}
            table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #ccc;padding:.3em .5em;\
            text-align:left;vertical-align:top}th{background:#f3f3f3}td.num{text-align:right;white-space:nowrap}
            .badge{display:inline-block;padding:0 .5em;border-radius:.3em;color:#fff;font-size:.9em;white-space:nowrap}
            .error .badge,.badge.error{background:#c62828}.warning .badge,.badge.warning{background:#ef6c00}
            .info .badge,.badge.info{background:#1565c0}.ok{color:#2e7d32}.failed{color:#c62828;font-weight:bold}
            .meta,.rule-title,footer{color:#666;font-size:.9em}code{font-family:Consolas,monospace;white-space:nowrap}
            details{margin:.5em 0}footer{margin-top:2em;border-top:1px solid #ddd;padding-top:.5em}
            """;

    @Override
    public void write(List<CheckedReport> reports, RunInfo run, PrintWriter out) {
        Summary s = Summary.of(reports);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>政府信息公开工作年度报告检查结果</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<header>\n<h1>政府信息公开工作年度报告检查结果</h1>\n");
        h.append("<p class=\"summary\">检查了 ").append(s.reports()).append(" 份年报");
        if (s.failed() > 0) {
            h.append("（<span class=\"failed\">").append(s.failed()).append(" 份无法读取</span>）");
        }
        h.append("：<span class=\"badge error\">错误 ").append(s.errors()).append("</span> ")
                .append("<span class=\"badge warning\">警告 ").append(s.warnings()).append("</span> ")
                .append("<span class=\"badge info\">提示 ").append(s.infos()).append("</span>");
        if (s.suppressed() > 0) {
            h.append("，已抑制 ").append(s.suppressed());
        }
        h.append("</p>\n<p class=\"meta\">规则：").append(escape(run.rules())).append("，").append(run.ruleCount())
                .append(" 条</p>\n");
        h.append("<table class=\"overview\">\n<thead><tr><th>年报</th><th>机关</th><th>年度</th><th>错误</th><th>警告</th>")
                .append("<th>提示</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < reports.size(); i++) {
            CheckedReport r = reports.get(i);
            h.append("<tr><td><a href=\"#report-").append(i + 1).append("\">").append(escape(r.file())).append("</a></td>");
            if (r.error() != null) {
                h.append("<td colspan=\"5\" class=\"failed\">无法读取：").append(escape(r.error())).append("</td></tr>\n");
                continue;
            }
            h.append("<td>").append(escape(r.agency())).append("</td><td>")
                    .append(r.year() == null ? "" : r.year()).append("</td>")
                    .append("<td class=\"num\">").append(r.count(Severity.ERROR)).append("</td>")
                    .append("<td class=\"num\">").append(r.count(Severity.WARNING)).append("</td>")
                    .append("<td class=\"num\">").append(r.count(Severity.INFO)).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</header>\n<main>\n");
        for (int i = 0; i < reports.size(); i++) {
            report(h, reports.get(i), i + 1, run);
        }
        h.append("</main>\n<footer>\n<p>行号：文本年报为文件中的行号；HTML、Word（DOCX）、PDF 年报为转换后文本的行号，")
                .append("可用 <code>check text 文件</code> 查看转换后的文本和行号。</p>\n<p>xxgk-check");
        if (run.version() != null) {
            h.append(' ').append(escape(run.version()));
        }
        h.append("</p>\n</footer>\n</body>\n</html>");
        out.println(h);
    }

    private static void report(StringBuilder h, CheckedReport r, int n, RunInfo run) {
        h.append("<section id=\"report-").append(n).append("\">\n<h2>").append(escape(r.file())).append("</h2>\n");
        if (r.error() != null) {
            h.append("<p class=\"failed\">无法读取：").append(escape(r.error())).append("</p>\n</section>\n");
            return;
        }
        h.append("<p class=\"meta\">");
        if (r.agency() != null) {
            h.append(escape(r.agency())).append(" · ");
        }
        h.append(r.year() == null ? "年度未识别" : r.year() + " 年度").append(" · 模板：").append(escape(r.template()))
                .append("</p>\n");
        if (r.findings().isEmpty()) {
            h.append("<p class=\"ok\">未发现问题。</p>\n");
        } else {
            findings(h, r.findings().stream().map(f -> new Row(f, null)).toList(), run);
        }
        if (!r.suppressed().isEmpty()) {
            h.append("<details>\n<summary>已抑制 ").append(r.suppressed().size()).append(" 条</summary>\n");
            findings(h, r.suppressed().stream().map(sp -> new Row(sp.finding(), sp.reason())).toList(), run);
            h.append("</details>\n");
        }
        h.append("</section>\n");
    }

    private record Row(Finding finding, String reason) {
    }

    private static void findings(StringBuilder h, List<Row> rows, RunInfo run) {
        h.append("<table class=\"findings\">\n<thead><tr><th>级别</th><th>规则</th><th>行</th><th>说明</th></tr></thead>\n")
                .append("<tbody>\n");
        for (Row row : rows) {
            Finding f = row.finding();
            RuleDoc rule = run.rule(f.rule());
            h.append("<tr class=\"").append(f.severity().id()).append("\"><td><span class=\"badge\">")
                    .append(f.severity().chinese()).append("</span></td><td><code>").append(escape(f.rule()))
                    .append("</code>");
            if (rule != null) {
                h.append("<div class=\"rule-title\">").append(escape(rule.title())).append("</div>");
            }
            h.append("</td><td class=\"num\">").append(f.line() > 0 ? String.valueOf(f.line()) : "—").append("</td><td>")
                    .append(escape(f.message()));
            if (row.reason() != null) {
                h.append("<div class=\"meta\">抑制理由：").append(escape(row.reason())).append("</div>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    /** Text as HTML: the five characters that could open markup or end an attribute are escaped. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
