package org.xxgk.check.report;

import java.io.PrintWriter;
import java.util.List;

import org.xxgk.check.finding.CheckedReport;

/**
 * Findings as CSV, one row each (columns as the {@code xlsx} findings sheet), written as each report is checked.
 * UTF-8 with a byte order mark, so that Excel opens Chinese text correctly; RFC 4180 quoting, CRLF line ends.
 */
public final class CsvReporter implements Reporter {

    private final PrintWriter out;
    private RunInfo run;

    public CsvReporter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin(RunInfo info) {
        run = info;
        out.print('\uFEFF');
        row(FindingRows.FINDING_HEADER);
    }

    @Override
    public void report(CheckedReport r) {
        FindingRows.findings(r, run).forEach(this::row);
        out.flush();
    }

    @Override
    public void end(Summary summary) {
        out.flush();
    }

    private void row(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(cells.get(i)));
        }
        out.print(line.append("\r\n"));
    }

    /**
     * A field, quoted when it holds a comma, quote or line break. Text that a spreadsheet would run as a formula
     * (「=」「+」「@」, or 「-」 not followed by a number) gets a leading apostrophe: report text is not trusted.
     */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && !(value instanceof Number) && ("=+@\t\r".indexOf(s.charAt(0)) >= 0
                || (s.charAt(0) == '-' && !s.matches("-\\d+(\\.\\d+)?")))) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
