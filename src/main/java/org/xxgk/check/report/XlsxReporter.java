package org.xxgk.check.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.xxgk.check.finding.CheckedReport;

/**
 * A workbook reviewers sort, filter and send on: sheet 年报 (one row per report: counts by level and the rule ids
 * found) and sheet 问题 (one row per finding). Header row frozen, auto-filter on, column widths fitted to the text
 * (a Chinese character counts as two). Rows are streamed to disk as they come ({@link SXSSFWorkbook}), so a batch
 * of thousands of reports needs no more memory than a few.
 */
public final class XlsxReporter implements Reporter {

    /** Widths in characters: no narrower than the header, no wider than this. */
    private static final int MAX_WIDTH = 60;

    private final Path file;
    private RunInfo run;
    private SXSSFWorkbook book;
    private Table reports;
    private Table findings;

    public XlsxReporter(Path file) {
        this.file = file;
    }

    @Override
    public void begin(RunInfo info) {
        run = info;
        book = new SXSSFWorkbook(100);
        CellStyle header = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        reports = new Table(book.createSheet("年报"), FindingRows.REPORT_HEADER, FindingRows.REPORT_NUMBERS, header);
        findings = new Table(book.createSheet("问题"), FindingRows.FINDING_HEADER, FindingRows.FINDING_NUMBERS, header);
    }

    @Override
    public void report(CheckedReport r) {
        reports.add(FindingRows.report(r));
        FindingRows.findings(r, run).forEach(findings::add);
    }

    @Override
    public void end(Summary summary) {
        reports.finish();
        findings.finish();
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                book.close();
            } catch (IOException e) {
                // the temporary files are gone or going; nothing to tell the reviewer
            }
        }
    }

    /** One sheet: a header row, then rows as they come; widths tracked for the end. */
    private static final class Table {
        private final Sheet sheet;
        private final int columns;
        private final Set<Integer> numbers;
        private final int[] widths;
        private int next = 1;

        Table(Sheet sheet, List<String> header, Set<Integer> numbers, CellStyle style) {
            this.sheet = sheet;
            this.columns = header.size();
            this.numbers = numbers;
            this.widths = new int[columns];
            Row row = sheet.createRow(0);
            for (int i = 0; i < columns; i++) {
                var cell = row.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(style);
                widths[i] = width(header.get(i)) + 3; // room for the filter button
            }
            sheet.createFreezePane(0, 1);
        }

        void add(List<Object> values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < columns; i++) {
                Object v = values.get(i);
                if (v == null) {
                    continue;
                }
                var cell = row.createCell(i);
                if (v instanceof Number n && numbers.contains(i)) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(v.toString());
                }
                widths[i] = Math.max(widths[i], width(v.toString()));
            }
        }

        void finish() {
            for (int i = 0; i < columns; i++) {
                sheet.setColumnWidth(i, Math.min(MAX_WIDTH, widths[i] + 1) * 256);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns - 1));
        }
    }

    /** Display width in Latin characters: a Chinese (or other wide) character counts two. */
    static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            w += wide(c) ? 2 : 1;
        }
        return w;
    }

    private static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
