package org.xxgk.check.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of {@code check --format}. */
public enum Format {
    TEXT,
    JSON,
    /** SARIF 2.1.0, for code-scanning dashboards. */
    SARIF,
    /** JUnit XML, for CI test reports: one test suite per report, one test case per rule. */
    JUNIT,
    /** The annotated view: one self-contained page, or a folder of pages with an index. */
    HTML,
    /** JSON lines: one line per report as it is checked, then a summary line. */
    JSONL,
    /** Findings as CSV (UTF-8 with BOM). */
    CSV,
    /** A workbook with a sheet of reports and a sheet of findings; needs a file. */
    XLSX;

    /** Whether the format writes bytes that only a file can take ({@code xlsx}). */
    public boolean needsFile() {
        return this == XLSX;
    }

    /** Whether {@code -o DIR} writes a folder of pages. */
    public boolean writesFolders() {
        return this == HTML;
    }

    /**
     * A reporter writing to {@code out}, or to {@code file} for {@link #needsFile} formats, or into {@code folder}
     * when given (HTML only).
     */
    public Reporter open(PrintWriter out, Path file, Path folder) {
        return switch (this) {
            case TEXT -> new TextReporter(out);
            case JSON -> new JsonReporter(out);
            case JSONL -> new JsonLinesReporter(out);
            case SARIF -> new SarifReporter(out);
            case JUNIT -> new JunitReporter(out);
            case HTML -> folder != null ? HtmlReporter.toFolder(folder) : new HtmlReporter(out);
            case CSV -> new CsvReporter(out);
            case XLSX -> new XlsxReporter(file);
        };
    }

    /** The name as typed on the command line: {@code sarif}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every format's name, for messages: 「text、json、sarif、junit、html、jsonl、csv、xlsx」. */
    public static String names() {
        return Arrays.stream(values()).map(Format::id).collect(Collectors.joining("、"));
    }
}
