package org.xxgk.check.report;

import java.io.PrintWriter;

import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Finding;

/**
 * For people: {@code 文件:行: 级别 [ID] 消息}, one finding per line as each report is checked, then a one-line
 * summary. A file that could not be read is not written here: the command names it on the error output.
 */
public final class TextReporter implements Reporter {

    private final PrintWriter out;
    private RunInfo run;

    public TextReporter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin(RunInfo info) {
        this.run = info;
    }

    @Override
    public void report(CheckedReport r) {
        for (Finding f : r.findings()) {
            out.println(line(r.file(), f));
        }
        out.flush();
    }

    @Override
    public void end(Summary summary) {
        out.println(summary.line(run));
        out.flush();
    }

    /**
     * 「samples/a.txt:68: 错误 [TABLE-ROW-TOTAL] 消息」; a finding that involves another report ends with where in it,
     * as editors and terminals link it: 「…（另见 2023/a.txt:58）」.
     */
    static String line(String file, Finding f) {
        String line = file + ":" + f.line() + ": " + f.severity().chinese() + " [" + f.rule() + "] " + f.message();
        return f.related().isEmpty() ? line : line + "（" + f.relatedText() + "）";
    }
}
