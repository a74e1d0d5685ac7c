package org.xxgk.check.finding;

import java.io.Serializable;
import java.util.List;

/**
 * What the annotated view shows of a report besides its findings: the text the line numbers count (for HTML, DOCX
 * and PDF the converted text, as {@code check text} prints it) and the tables and cells the parser read. Plain
 * copies of the parser's facts, so that reporters see no fact types.
 *
 * @param kind       what the file was, for people (「文本」「PDF」)
 * @param converted  whether the lines are converted text rather than the file's own lines
 * @param lines      the text lines, line 1 first; a table row's cells separated by tabs
 * @param pageStarts for a PDF, the line each page begins on
 * @param sections   the sections found
 * @param tables     the tables found
 * @param cells      the numeric cells read, in reading order
 */
public record ReportView(String kind, boolean converted, List<String> lines, List<Integer> pageStarts,
                         List<Section> sections, List<Table> tables, List<Cell> cells) implements Serializable {

    public ReportView {
        lines = List.copyOf(lines);
        pageStarts = List.copyOf(pageStarts);
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
        cells = List.copyOf(cells);
    }

    /** A section: its number (1–6), heading as written, and lines. */
    public record Section(int number, String title, int line, int endLine) implements Serializable {
    }

    /** A table (「三」) and its lines. */
    public record Table(String name, int line, int endLine) implements Serializable {
    }

    /**
     * A cell the parser read.
     *
     * @param value  the value as written, exactly
     * @param source how it was read: {@code direct}, {@code split}, {@code inferred:…} (see the fact of that name)
     */
    public record Cell(String table, String row, String column, String value, int line, String source)
            implements Serializable {
    }
}
