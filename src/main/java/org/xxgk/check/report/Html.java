package org.xxgk.check.report;

import org.xxgk.check.finding.Severity;

/**
 * What every HTML page shares: the inline style sheet, the colours of the levels, escaping, and the head and foot of
 * a page. No script and no external resource: a page is one file that opens anywhere, read as is.
 */
final class Html {

    /**
     * The level colours, as backgrounds of white badge text and as outlines on white: each has a contrast of at least
     * 4.5:1 with white (WCAG AA for text; {@code HtmlContrastTest} computes it). Tints behind dark text mark the
     * lines a finding concerns.
     */
    static final String ERROR = "#b3261e";
    static final String WARNING = "#8a4600";
    static final String INFO = "#0b57d0";
    static final String TEXT = "#1f1f1f";
    static final String MUTED = "#595959";
    static final String ERROR_TINT = "#fdecea";
    static final String WARNING_TINT = "#fff3e0";
    static final String INFO_TINT = "#e8f0fe";

    private static final String CSS = """
            body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC",sans-serif;margin:1.5em auto;\
            max-width:76em;padding:0 1em;color:%1$s;line-height:1.55;background:#fff}
            h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;margin:1.8em 0 .3em;word-break:break-all}
            h3{font-size:1.05em;margin:1.2em 0 .3em}a{color:#0b57d0}
            table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #c4c4c4;padding:.25em .5em;\
            text-align:left;vertical-align:top}th{background:#f1f1f1;white-space:nowrap}td.num{text-align:right;white-space:nowrap}
            table.findings,table.overview,table.totals{width:100%%}
            .badge{display:inline-block;padding:0 .45em;border-radius:.3em;color:#fff;font-size:.9em;white-space:nowrap}
            .error .badge,.badge.error{background:%2$s}.warning .badge,.badge.warning{background:%3$s}
            .info .badge,.badge.info{background:%4$s}.ok{color:#1e6b34}.failed{color:%2$s;font-weight:bold}
            .meta,.rule-title,.related,footer{color:%5$s;font-size:.9em}code{font-family:Consolas,"Noto Sans Mono CJK SC",monospace}
            details{margin:.5em 0}footer{margin-top:2em;border-top:1px solid #ddd;padding-top:.5em}
            .legend{margin:.4em 0;font-size:.92em}.legend label{margin-right:.8em;white-space:nowrap}
            .text{font-family:Consolas,"Noto Sans Mono CJK SC","Noto Sans CJK SC",monospace;font-size:.92em;\
            border:1px solid #ddd;border-radius:.3em;padding:.3em 0;margin:.6em 0}
            .l{display:flex;padding:0 .5em}.l:target{outline:2px solid #0b57d0}
            .l .n{flex:0 0 3.5em;text-align:right;padding-right:.8em;color:%5$s;text-decoration:none;user-select:none}
            .l .t{white-space:pre-wrap;word-break:break-all;flex:1}.l.h .t{font-weight:bold}
            .l.error{background:%6$s}.l.warning{background:%7$s}.l.info{background:%8$s}
            .page{color:%5$s;padding:.2em 4.3em;font-size:.9em}
            .note{margin:.15em .5em .4em 4.5em;padding:.25em .6em;border-left:4px solid;font-family:sans-serif;\
            font-size:.95em;background:#fff}.note:target{outline:2px solid #0b57d0}
            .note.error{border-color:%2$s}.note.warning{border-color:%3$s}.note.info{border-color:%4$s}
            .ea{display:inline-block;margin-left:.5em;color:%1$s;font-weight:bold}
            figure.grid{margin:.6em 0 .6em 4.5em;overflow-x:auto}figure.grid figcaption{font-size:.9em;color:%5$s}
            table.cells{font-size:.88em}table.cells th{font-weight:normal;white-space:normal}            table.cells td{text-align:right;min-width:2.5em}table.cells td a{color:inherit;text-decoration:none}
            table.cells td.hit{outline:3px solid;outline-offset:-3px;font-weight:bold}
            table.cells td.hit.error{outline-color:%2$s;background:%6$s}table.cells td.hit.warning{outline-color:%3$s;\
            background:%7$s}table.cells td.hit.info{outline-color:%4$s;background:%8$s}
            table.cells td .want{display:block;font-size:.85em;font-weight:normal;white-space:nowrap}
            table.cells td.guess{text-decoration:underline dotted}
            body:has(#hide-error:checked) .error:is(tr,.note){display:none}
            body:has(#hide-warning:checked) .warning:is(tr,.note){display:none}
            body:has(#hide-info:checked) .info:is(tr,.note){display:none}
            """.formatted(TEXT, ERROR, WARNING, INFO, MUTED, ERROR_TINT, WARNING_TINT, INFO_TINT);

    private Html() {
    }

    /** The head of a page and the opening of its body. */
    static void head(StringBuilder h, String title) {
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
    }

    /**
     * The legend of the levels, with boxes that hide a level (pure CSS: without {@code :has} support they do
     * nothing and every finding stays shown).
     */
    static void legend(StringBuilder h) {
        h.append("<p class=\"legend\">级别：");
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            h.append("<span class=\"badge ").append(s.id()).append("\">").append(s.chinese()).append("</span> ");
        }
        h.append("　隐藏：");
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            h.append("<label><input type=\"checkbox\" id=\"hide-").append(s.id()).append("\"> ").append(s.chinese())
                    .append("</label>");
        }
        h.append("<br>行底色：该行有问题；表格中加框的单元格：问题所涉单元格（下注应为的数）；虚线下划线：从连在一起的数字中推断出的数值。</p>\n");
    }

    /** The foot of a page: where line numbers come from, and the version. */
    static void foot(StringBuilder h, String version) {
        h.append("<footer>\n<p>行号：文本年报为文件中的行号；HTML、Word（DOCX）、PDF 年报为转换后文本的行号，")
                .append("可用 <code>check text 文件</code> 查看转换后的文本和行号。</p>\n<p>xxgk-check");
        if (version != null) {
            h.append(' ').append(escape(version));
        }
        h.append("</p>\n</footer>\n</body>\n</html>\n");
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
