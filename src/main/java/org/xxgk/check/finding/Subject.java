package org.xxgk.check.finding;

/**
 * What a finding concerns, beyond its line: the table cell, the prose claim, the section or the parser problem the
 * rule matched. Reporters use it to outline the cell in the annotated view; the fingerprint uses it instead of the
 * line, so that a report re-flowed by a few lines keeps its reviewed findings.
 *
 * @param kind   {@code cell}, {@code claim}, {@code section}, {@code table}, {@code problem}, {@code marker},
 *               {@code text} (repeated text of a section, measured against another report), {@code pairing} (with
 *               last year's report) or {@code report} (the report as a whole)
 * @param table  the table (「三」) for a cell, a table or a problem in a table; else {@code ""}
 * @param row    the canonical row label of a cell or problem; else {@code ""}
 * @param column the canonical column label of a cell or problem; else {@code ""}
 * @param detail what tells it apart otherwise: a claim's kind and value, a section's number, a problem's kind and
 *               offending text, a template marker's label; else {@code ""}
 */
public record Subject(String kind, String table, String row, String column, String detail)
        implements java.io.Serializable {

    /** A finding about the report as a whole, or one whose rule matched nothing more precise. */
    public static final Subject REPORT = new Subject("report", "", "", "", "");

    public Subject {
        kind = kind == null || kind.isEmpty() ? "report" : kind;
        table = nonNull(table);
        row = nonNull(row);
        column = nonNull(column);
        detail = nonNull(detail);
    }

    public static Subject cell(String table, String row, String column) {
        return new Subject("cell", table, row, column, "");
    }

    /** Whether this names one cell of a table. */
    public boolean isCell() {
        return kind.equals("cell");
    }

    /** The part of the fingerprint that says what the finding concerns: 「cell|三|（七）总计|自然人|」. */
    public String key() {
        return String.join("|", kind, table, row, column, detail);
    }

    /** For people: 「第三部分表格“（七）总计”行“自然人”列」, or {@code ""} for the whole report. */
    public String describe() {
        return switch (kind) {
            case "cell" -> "第" + table + "部分表格“" + row + "”行“" + column + "”列";
            case "table" -> "第" + table + "部分表格";
            case "section" -> detail.matches("[1-6]") ? "第" + "一二三四五六".charAt(detail.charAt(0) - '1') + "部分" : "";
            case "claim" -> "正文中的陈述";
            case "problem" -> table.isEmpty() ? "" : "第" + table + "部分表格" + (row.isEmpty() ? "" : "“" + row + "”行");
            case "text" -> detail.matches("[1-6]\\|.*") ? "第" + "一二三四五六".charAt(detail.charAt(0) - '1') + "部分的文字" : "";
            case "pairing" -> "与上一年度年报的配对";
            default -> "";
        };
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
