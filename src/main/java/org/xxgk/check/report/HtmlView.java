package org.xxgk.check.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.finding.ReportView;
import org.xxgk.check.finding.Severity;
import org.xxgk.check.finding.Subject;

import static org.xxgk.check.report.Html.escape;

/**
 * One report as a reviewer reads it: what it is, the list of its findings (each linking to its place), then the
 * report's own text with line numbers, every finding shown under its line, and before each table the cells the
 * parser read, the cells a finding concerns outlined with the value they should hold.
 */
final class HtmlView {

    private final CheckedReport report;
    private final String id;
    private final Reporter.RunInfo run;
    /** Active findings in list order, numbered from 1 for their anchors. */
    private final List<Finding> numbered;

    /** @param id the prefix of this report's anchors, unique within the page ({@code report-3}) */
    HtmlView(CheckedReport report, String id, Reporter.RunInfo run) {
        this.report = report;
        this.id = id;
        this.run = run;
        this.numbered = report.findings();
    }

    void write(StringBuilder h) {
        if (report.error() != null) {
            h.append("<p class=\"failed\">无法读取：").append(escape(report.error())).append("</p>\n");
            return;
        }
        h.append("<p class=\"meta\">");
        if (report.agency() != null) {
            h.append(escape(report.agency())).append(" · ");
        }
        h.append(report.year() == null ? "年度未识别" : report.year() + " 年度").append(" · 模板：")
                .append(escape(report.template()));
        if (report.view() != null) {
            h.append(" · ").append(escape(report.view().kind())).append("，").append(report.view().lines().size())
                    .append(" 行").append(report.view().converted() ? "（转换后的文本）" : "");
        }
        h.append("</p>\n");
        if (report.findings().isEmpty()) {
            h.append("<p class=\"ok\">未发现问题。</p>\n");
        } else {
            findings(h);
        }
        if (!report.suppressed().isEmpty()) {
            h.append("<details>\n<summary>已抑制 ").append(report.suppressed().size()).append(" 条</summary>\n");
            List<Row> rows = new ArrayList<>();
            report.suppressed().forEach(s -> rows.add(new Row(s.finding(), "抑制理由：" + s.reason(), 0)));
            table(h, rows);
            h.append("</details>\n");
        }
        if (!report.baselined().isEmpty()) {
            h.append("<details>\n<summary>基线中已有 ").append(report.baselined().size()).append(" 条</summary>\n");
            table(h, report.baselined().stream().map(f -> new Row(f, "此前审核过，已列入基线", 0)).toList());
            h.append("</details>\n");
        }
        if (report.view() != null) {
            text(h, report.view());
        }
    }

    private record Row(Finding finding, String note, int number) {
    }

    private void findings(StringBuilder h) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < numbered.size(); i++) {
            rows.add(new Row(numbered.get(i), null, i + 1));
        }
        table(h, rows);
    }

    /** The findings table: level, rule (id and title), line (a link to the finding in the text), message. */
    private void table(StringBuilder h, List<Row> rows) {
        h.append("<table class=\"findings\">\n<thead><tr><th>级别</th><th>规则</th><th>行</th><th>说明</th></tr></thead>\n")
                .append("<tbody>\n");
        for (Row row : rows) {
            Finding f = row.finding();
            Reporter.RuleDoc rule = run.rule(f.rule());
            h.append("<tr class=\"").append(f.severity().id()).append("\"><td><span class=\"badge\">")
                    .append(f.severity().chinese()).append("</span></td><td><code>").append(escape(f.rule()))
                    .append("</code>");
            if (rule != null) {
                h.append("<div class=\"rule-title\">").append(escape(rule.title())).append("</div>");
            }
            h.append("</td><td class=\"num\">");
            String line = f.line() > 0 ? String.valueOf(f.line()) : "—";
            if (row.number() > 0 && report.view() != null) {
                h.append("<a href=\"#").append(id).append("-f").append(row.number()).append("\">").append(line)
                        .append("</a>");
            } else {
                h.append(line);
            }
            h.append("</td><td>").append(escape(f.message()));
            expectedActual(h, f);
            related(h, f);
            if (row.note() != null) {
                h.append("<div class=\"meta\">").append(escape(row.note())).append("</div>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void expectedActual(StringBuilder h, Finding f) {
        if (f.expected() != null && !f.expected().isEmpty() && f.actual() != null) {
            h.append("<span class=\"ea\">应为 ").append(escape(f.expected())).append("，实为 ")
                    .append(f.actual().isEmpty() ? "（无）" : escape(f.actual())).append("</span>");
        }
    }

    /** The places in other reports a cross-report finding involves: 「另见 2023/a.txt 第58行」. */
    private static void related(StringBuilder h, Finding f) {
        if (f.related().isEmpty()) {
            return;
        }
        h.append("<div class=\"related\">另见 ");
        for (int i = 0; i < f.related().size(); i++) {
            var l = f.related().get(i);
            h.append(i > 0 ? "、" : "").append("<code>").append(escape(l.file())).append("</code>");
            if (l.line() > 0) {
                h.append(" 第").append(l.line()).append("行");
            }
        }
        h.append("</div>");
    }

    /** The report's text, line by line, with findings under their lines and the read cells before each table. */
    private void text(StringBuilder h, ReportView view) {
        Map<Integer, List<Integer>> byLine = new HashMap<>();
        for (int i = 0; i < numbered.size(); i++) {
            byLine.computeIfAbsent(numbered.get(i).line(), k -> new ArrayList<>()).add(i + 1);
        }
        Map<Integer, ReportView.Table> tableAt = new HashMap<>();
        view.tables().forEach(t -> tableAt.putIfAbsent(t.line(), t));
        Map<Integer, ReportView.Section> headingAt = new HashMap<>();
        view.sections().forEach(s -> headingAt.put(s.line(), s));
        h.append("<h3>年报全文（").append(view.converted() ? "转换后的文本，" : "").append("共 ")
                .append(view.lines().size()).append(" 行）</h3>\n<div class=\"text\">\n");
        for (int n : byLine.getOrDefault(0, List.of())) {
            note(h, n);
        }
        int page = 0;
        for (int i = 1; i <= view.lines().size(); i++) {
            while (page < view.pageStarts().size() && view.pageStarts().get(page) <= i) {
                page++;
                h.append("<div class=\"page\">── 第 ").append(page).append(" 页 ──</div>\n");
            }
            ReportView.Table table = tableAt.get(i);
            if (table != null) {
                grid(h, view, table);
            }
            List<Integer> here = byLine.getOrDefault(i, List.of());
            h.append("<div class=\"l");
            if (headingAt.containsKey(i)) {
                h.append(" h");
            }
            if (!here.isEmpty()) {
                h.append(' ').append(worst(here).id());
            }
            h.append("\" id=\"").append(id).append("-L").append(i).append("\"><a class=\"n\" href=\"#").append(id)
                    .append("-L").append(i).append("\">").append(i).append("</a><span class=\"t\">")
                    .append(escape(view.lines().get(i - 1).replace("\t", " │ "))).append("</span></div>\n");
            for (int n : here) {
                note(h, n);
            }
        }
        for (Map.Entry<Integer, List<Integer>> e : byLine.entrySet()) {
            if (e.getKey() > view.lines().size()) {
                e.getValue().forEach(n -> note(h, n)); // a line past the end: still shown, at the end
            }
        }
        h.append("</div>\n");
    }

    private Severity worst(List<Integer> numbers) {
        Severity worst = Severity.INFO;
        for (int n : numbers) {
            Severity s = numbered.get(n - 1).severity();
            if (s.atLeast(worst)) {
                worst = s;
            }
        }
        return worst;
    }

    /** A finding in place: level, rule, message, expected and actual. */
    private void note(StringBuilder h, int n) {
        Finding f = numbered.get(n - 1);
        h.append("<div class=\"note ").append(f.severity().id()).append("\" id=\"").append(id).append("-f").append(n)
                .append("\"><span class=\"badge\">").append(f.severity().chinese()).append("</span> <code>")
                .append(escape(f.rule())).append("</code> ").append(escape(f.message()));
        expectedActual(h, f);
        related(h, f);
        h.append("</div>\n");
    }

    /** The cells of one table as the parser read them: rows and columns in reading order. */
    private void grid(StringBuilder h, ReportView view, ReportView.Table table) {
        List<ReportView.Cell> cells = view.cells().stream().filter(c -> c.table().equals(table.name())).toList();
        if (cells.isEmpty()) {
            return;
        }
        Map<String, Integer> rows = new LinkedHashMap<>();
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, ReportView.Cell> at = new HashMap<>();
        for (ReportView.Cell c : cells) {
            rows.putIfAbsent(c.row(), rows.size());
            columns.putIfAbsent(c.column(), columns.size());
            at.putIfAbsent(c.row() + "\u0000" + c.column(), c);
        }
        Map<String, List<Integer>> hits = new HashMap<>();
        for (int i = 0; i < numbered.size(); i++) {
            Subject s = numbered.get(i).subject();
            if (s.isCell() && s.table().equals(table.name())) {
                hits.computeIfAbsent(s.row() + "\u0000" + s.column(), k -> new ArrayList<>()).add(i + 1);
            }
        }
        h.append("<figure class=\"grid\"><figcaption>第").append(escape(table.name())).append("部分表格（第")
                .append(table.line()).append("–").append(table.endLine()).append("行）：检查器读取的 ")
                .append(cells.size()).append(" 个单元格</figcaption>\n<table class=\"cells\">\n<thead><tr><th></th>");
        for (String column : columns.keySet()) {
            h.append("<th>").append(escape(column)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (String row : rows.keySet()) {
            h.append("<tr><th>").append(escape(row)).append("</th>");
            for (String column : columns.keySet()) {
                ReportView.Cell c = at.get(row + "\u0000" + column);
                if (c == null) {
                    h.append("<td></td>");
                    continue;
                }
                List<Integer> found = hits.getOrDefault(row + "\u0000" + column, List.of());
                List<String> classes = new ArrayList<>();
                if (!found.isEmpty()) {
                    classes.add("hit");
                    classes.add(worst(found).id());
                }
                if (!c.source().equals("direct")) {
                    classes.add("guess");
                }
                h.append("<td");
                if (!classes.isEmpty()) {
                    h.append(" class=\"").append(String.join(" ", classes)).append("\"");
                }
                h.append(" title=\"第").append(c.line()).append("行").append(c.source().equals("direct") ? ""
                        : "；读法：" + escape(c.source())).append("\">");
                String target = found.isEmpty() ? id + "-L" + c.line() : id + "-f" + found.get(0);
                h.append("<a href=\"#").append(target).append("\">").append(escape(c.value())).append("</a>");
                for (int n : found) {
                    Finding f = numbered.get(n - 1);
                    if (f.expected() != null && !f.expected().isEmpty()) {
                        h.append("<span class=\"want\">应为 ").append(escape(f.expected())).append("</span>");
                    }
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table></figure>\n");
    }
}
