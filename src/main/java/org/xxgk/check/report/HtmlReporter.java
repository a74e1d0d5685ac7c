package org.xxgk.check.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.finding.Severity;

import static org.xxgk.check.report.Html.escape;

/**
 * The reviewer's desk in a browser: an overview of the batch (one row per report with its counts and rule ids, and
 * per rule the number of reports it found something in), then each report's annotated view ({@link HtmlView}).
 *
 * <p>Two shapes. One self-contained page (to the standard output or {@code -o FILE.html}): the overview on top,
 * linking to each report further down; the report parts are spooled to a temporary file as they come, since the
 * overview on top is known only at the end. Or a folder ({@code -o DIR}): {@code index.html} with the overview and
 * one page per report, each written as soon as its report is checked; only a row per report is kept.
 *
 * <p>Every page: inline CSS, no script, no external resource, every piece of report text escaped.
 */
public final class HtmlReporter implements Reporter {

    private static final String TITLE = "政府信息公开工作年度报告检查结果";

    private final PrintWriter out;
    private final Path folder;
    private RunInfo run;
    private Spool spool;
    private final List<Overview> rows = new ArrayList<>();
    /** Per rule id: in how many reports, and how many findings. */
    private final Map<String, long[]> totals = new TreeMap<>();

    /** One page to {@code out}. */
    public HtmlReporter(PrintWriter out) {
        this.out = out;
        this.folder = null;
    }

    private HtmlReporter(Path folder) {
        this.out = null;
        this.folder = folder;
    }

    /** {@code index.html} and one page per report in {@code folder} (created if missing). */
    public static HtmlReporter toFolder(Path folder) {
        return new HtmlReporter(folder);
    }

    /** What the overview keeps of a report. */
    private record Overview(CheckedReport report, String link) {
    }

    @Override
    public void begin(RunInfo info) {
        run = info;
        if (folder == null) {
            spool = new Spool(".html");
        } else {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void report(CheckedReport r) {
        int n = rows.size() + 1;
        for (String rule : ruleIds(r)) {
            long[] t = totals.computeIfAbsent(rule, k -> new long[2]);
            t[0]++;
            t[1] += r.findings().stream().filter(f -> f.rule().equals(rule)).count();
        }
        StringBuilder h = new StringBuilder();
        if (folder == null) {
            h.append("<section id=\"report-").append(n).append("\">\n<h2>").append(escape(r.file())).append("</h2>\n");
            new HtmlView(r, "report-" + n, run).write(h);
            h.append("<p class=\"meta\"><a href=\"#top\">↑ 返回总览</a></p>\n</section>\n");
            write(spool.writer(), h);
            rows.add(new Overview(r.withoutView(), "#report-" + n));
            return;
        }
        String name = pageName(n, r.file());
        Html.head(h, fileName(r.file()) + " — 检查结果");
        h.append("<p class=\"meta\"><a href=\"index.html\">← 返回总览</a></p>\n<h1>").append(escape(r.file()))
                .append("</h1>\n");
        Html.legend(h);
        new HtmlView(r, "r", run).write(h);
        Html.foot(h, run.version());
        try {
            Files.writeString(folder.resolve(name), h, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.add(new Overview(r.withoutView(), href(name)));
    }

    @Override
    public void end(Summary s) {
        StringBuilder h = new StringBuilder();
        Html.head(h, TITLE);
        h.append("<header id=\"top\">\n<h1>").append(TITLE).append("</h1>\n");
        h.append("<p class=\"summary\">检查了 ").append(s.reports()).append(" 份年报");
        if (s.unreadable() > 0) {
            h.append("，<span class=\"failed\">").append(s.unreadable()).append(" 个文件无法读取</span>");
        }
        h.append("：<span class=\"badge error\">错误 ").append(s.errors()).append("</span> ")
                .append("<span class=\"badge warning\">警告 ").append(s.warnings()).append("</span> ")
                .append("<span class=\"badge info\">提示 ").append(s.infos()).append("</span>");
        if (s.suppressed() > 0) {
            h.append("，已抑制 ").append(s.suppressed());
        }
        if (s.baselined() > 0) {
            h.append("，基线中已有 ").append(s.baselined());
        }
        h.append("</p>\n<p class=\"meta\">规则：").append(escape(run.rules())).append("，").append(run.ruleCount())
                .append(" 条；").append(escape(run.configNote()));
        if (run.baseline() != null) {
            h.append("；基线：").append(escape(run.baseline()));
        }
        h.append("</p>\n");
        Html.legend(h);
        overview(h);
        ruleTotals(h);
        h.append("</header>\n");
        if (folder == null) {
            h.append("<main>\n");
            write(out, h);
            spool.copyTo(out);
            h.setLength(0);
            h.append("</main>\n");
            Html.foot(h, run.version());
            write(out, h);
            return;
        }
        Html.foot(h, run.version());
        try {
            Files.writeString(folder.resolve("index.html"), h, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row per report: file (a link to its view), agency, year, template, counts, rule ids. */
    private void overview(StringBuilder h) {
        h.append("<h2>各年报</h2>\n<table class=\"overview\">\n<thead><tr><th>年报</th><th>机关</th><th>年度</th>")
                .append("<th>模板</th><th>错误</th><th>警告</th><th>提示</th><th>发现问题的规则</th><th>对比的年报</th>")
                .append("</tr></thead>\n<tbody>\n");
        Map<String, String> links = new HashMap<>();
        rows.forEach(o -> links.putIfAbsent(o.report().file(), o.link()));
        for (Overview o : rows) {
            CheckedReport r = o.report();
            h.append("<tr><td><a href=\"").append(escape(o.link())).append("\">").append(escape(r.file()))
                    .append("</a></td>");
            if (r.error() != null) {
                h.append("<td colspan=\"8\" class=\"failed\">无法读取：").append(escape(r.error())).append("</td></tr>\n");
                continue;
            }
            h.append("<td>").append(escape(r.agency())).append("</td><td>").append(r.year() == null ? "" : r.year())
                    .append("</td><td>").append(escape(r.template())).append("</td>");
            for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
                h.append("<td class=\"num\">").append(r.count(s)).append("</td>");
            }
            h.append("<td>").append(escape(String.join("、", ruleIds(r)))).append("</td><td>");
            related(h, r, links);
            h.append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    /**
     * The other reports the report's findings involve (last year's, another agency's), each a link to its view when
     * it is in the batch (a report given with {@code --previous} is not).
     */
    private static void related(StringBuilder h, CheckedReport r, Map<String, String> links) {
        Set<String> files = new LinkedHashSet<>();
        r.findings().forEach(f -> f.related().forEach(l -> files.add(l.file())));
        int i = 0;
        for (String file : files) {
            h.append(i++ > 0 ? "<br>" : "");
            String link = links.get(file);
            if (link == null) {
                h.append(escape(file));
            } else {
                h.append("<a href=\"").append(escape(link)).append("\">").append(escape(file)).append("</a>");
            }
        }
    }

    /** Per rule: 「TABLE-BALANCE 12 份年报，15 处」. */
    private void ruleTotals(StringBuilder h) {
        if (totals.isEmpty()) {
            return;
        }
        h.append("<h2>各规则</h2>\n<table class=\"totals\">\n<thead><tr><th>规则</th><th>标题</th><th>年报数</th>")
                .append("<th>问题数</th></tr></thead>\n<tbody>\n");
        totals.forEach((rule, t) -> h.append("<tr><td><code>").append(escape(rule)).append("</code></td><td>")
                .append(escape(run.title(rule))).append("</td><td class=\"num\">").append(t[0])
                .append(" 份</td><td class=\"num\">").append(t[1]).append(" 处</td></tr>\n"));
        h.append("</tbody>\n</table>\n");
    }

    private static Set<String> ruleIds(CheckedReport r) {
        Set<String> ids = new LinkedHashSet<>();
        for (Finding f : r.findings()) {
            ids.add(f.rule());
        }
        return ids;
    }

    /** 「0003-2024-ganzhou-fire-brigade.html」: numbered, so two reports of one name in two folders both get a page. */
    static String pageName(int n, String file) {
        String name = fileName(file).replaceAll("\\.[A-Za-z0-9]{1,8}$", "");
        name = name.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        if (name.length() > 80) {
            name = name.substring(0, 80);
        }
        return String.format("%04d-%s.html", n, name);
    }

    private static String fileName(String file) {
        String slashed = file.replace('\\', '/');
        return slashed.substring(slashed.lastIndexOf('/') + 1);
    }

    private static String href(String name) {
        try {
            return new URI(null, null, name, null).toASCIIString();
        } catch (URISyntaxException e) {
            return name;
        }
    }

    private static void write(Writer w, CharSequence text) {
        try {
            w.append(text);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
