package org.xxgk.check.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.xxgk.check.crawl.Token;
import org.xxgk.check.fact.Cell;
import org.xxgk.check.fact.Problem;
import org.xxgk.check.template.Templates;

/**
 * A row's values made cells: fitted to the row's columns (too few cannot be placed; too many only when every way of
 * dropping the surplus gives the same values), blank cells placed where they make up the missing columns exactly,
 * placeholders and blanks reported instead of read as 0. The cells and problems go to the table reader's lists.
 */
final class RowCells {

    private final Templates templates;
    private final TableTokens tokenizer;
    private final boolean cellPerField;
    private final List<Cell> cells;
    private final List<Problem> problems;
    /** Table/row/column of every cell read: a repeated row gives no second cell. */
    private final Set<CellKey> cellKeys = new HashSet<>();

    RowCells(Templates templates, TableTokens tokenizer, boolean cellPerField, List<Cell> cells, List<Problem> problems) {
        this.templates = templates;
        this.tokenizer = tokenizer;
        this.cellPerField = cellPerField;
        this.cells = cells;
        this.problems = problems;
    }

    /** A row's values without its blank fields. */
    static List<Token> given(List<Token> vals) {
        List<Token> given = new ArrayList<>(vals.size());
        for (Token v : vals) {
            if (!v.text().isEmpty()) {
                given.add(v);
            }
        }
        return Collections.unmodifiableList(given);
    }

    /** Whether a token is a digit run whose separators were lost ({@link Token#run}). */
    static boolean anyRun(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.run()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A row's values with its blank cells in place, when the blank fields make up the missing columns exactly; else
     * the values alone. A row with all its values has no blank cell (an empty field there is a stray separator). In
     * text an empty field before the first value or after the last is as often a merged label's second column, so
     * only the fields between values count; in HTML, DOCX and PDF every field is a cell. But a row of table 三
     * ({@code name}) in text whose only values are 0s, with the empty fields before them that its missing values
     * need (「| 二、上年结转… | | | | | | | 0 | |」: the applicant columns left blank, 总计 written), has its values in
     * the last columns, where the template puts 总计: it is read with those empty fields as its blank cells (and so,
     * all being 0 by their 总计, as 0s). Empty fields after the last value are never counted (a trailing separator as
     * often as a blank).
     */
    List<Token> placeBlanks(String name, List<Token> vals, int columns) {
        List<Token> given = given(vals);
        if (given.size() >= columns || given.isEmpty() && !cellPerField) {
            return given;
        }
        int from = 0;
        int to = vals.size();
        if (!cellPerField) {
            while (vals.get(from).text().isEmpty()) {
                from++;
            }
            while (vals.get(to - 1).text().isEmpty()) {
                to--;
            }
            if (to - from < columns && to >= columns && name.equals(Templates.TABLE_3) && allZero(given)) {
                return vals.subList(to - columns, to); // every field before `from` is empty
            }
        }
        return to - from == columns ? vals.subList(from, to) : given;
    }

    private boolean allZero(List<Token> given) {
        return given.stream().allMatch(t -> !t.run() && tokenizer.isNumber(t.text())
                && tokenizer.number(t.text()).signum() == 0);
    }

    /**
     * Turns a fitted row into cells. A blank cell is "not stated", not 0: it gets no cell, so the relations that need
     * it are not checked, and the row's blank cells are one problem. But where the rest of its row (table 三) or
     * group (table 四) is 0, a blank can only be 0 (non-negative counts whose 总计 is 0, or whose 总计 is their sum):
     * it is read as 0, with source {@code blank}.
     */
    void place(String name, List<String> rows, List<String> columns, List<Token> fitted, int rowLine) {
        List<String> blank = new ArrayList<>();
        Set<String> blankRows = new LinkedHashSet<>();
        for (int i = 0; i < fitted.size(); i++) {
            Token t = fitted.get(i);
            if (!t.text().isEmpty()) {
                cell(name, rows.get(i), columns.get(i), t);
            } else if (provablyZero(name, rows, fitted, i)) {
                cell(name, rows.get(i), columns.get(i), new Token("0", "0", t.line(), t.position()), "blank",
                        cells.size());
            } else {
                blank.add(name.equals(Templates.TABLE_4) ? rows.get(i) + "/" + columns.get(i) : columns.get(i));
                blankRows.add(rows.get(i));
            }
        }
        if (!blank.isEmpty()) {
            int line = fitted.stream().filter(t -> !t.text().isEmpty()).mapToInt(Token::line).findFirst().orElse(rowLine);
            String where = name.equals(Templates.TABLE_4) ? "第四部分表格" : tableName(name) + "“" + rows.get(0) + "”行";
            problems.add(new Problem("blank", name, String.join("、", blankRows), String.join("、", blank), line,
                    "（空白）", "第" + line + "行" + where + String.join("、", blank) + "列空白，没有填写数字（没有发生应填0）；"
                    + "空白格不当作0，需要它的核对不做"));
        }
    }

    /** Whether a blank is 0 by its row's (三) or group's (四) other values, all stated and all 0. */
    private boolean provablyZero(String name, List<String> rows, List<Token> fitted, int i) {
        if (!name.equals(Templates.TABLE_3) && !name.equals(Templates.TABLE_4)) {
            return false;
        }
        boolean any = false;
        for (int j = 0; j < fitted.size(); j++) {
            if (!rows.get(j).equals(rows.get(i)) || fitted.get(j).text().isEmpty()) {
                continue;
            }
            Token t = fitted.get(j);
            if (!tokenizer.isNumber(t.text()) || tokenizer.number(t.text()).signum() != 0) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * The values of a row with exactly as many values as columns. More values than columns are read only when
     * every way of dropping the surplus gives the same values (all equal), and the surplus is a problem either way.
     * Fewer values cannot be placed: which column lost its value is unknown.
     */
    List<Token> fit(String name, String row, int columns, List<Token> vals, int rowLine) {
        String where = name.equals(Templates.TABLE_4) ? "第四部分表格数据行" : tableName(name) + "“" + row + "”行";
        int line = vals.isEmpty() ? rowLine : vals.get(0).line();
        if (vals.size() == columns) {
            return vals;
        }
        if (vals.size() < columns) {
            problems.add(new Problem("missing-cells", name, row, "", line,
                    "第" + line + "行" + where + "有" + vals.size() + "个数值，应为" + columns + "个；无法确定缺的是哪一列，该行未读取"));
            return null;
        }
        boolean allEqual = vals.stream().map(Token::text).distinct().count() == 1;
        int surplus = vals.size() - columns;
        if (allEqual) {
            problems.add(new Problem("extra-cells", name, row, "", line,
                    "第" + line + "行" + where + "有" + vals.size() + "个数值，模板只有" + columns + "列，多出" + surplus
                            + "个；各数值相同（均为" + vals.get(0).text() + "），已按" + columns + "列读取"));
            return vals.subList(0, columns);
        }
        problems.add(new Problem("extra-cells", name, row, "", line,
                "第" + line + "行" + where + "有" + vals.size() + "个数值，模板只有" + columns + "列，多出" + surplus
                        + "个；无法确定哪个是多余的，该行未读取"));
        return null;
    }

    void cell(String name, String row, String column, Token t) {
        cell(name, row, column, t, "direct", cells.size());
    }

    /** Adds a cell at {@code at} in the cell list; returns whether one was added (not a placeholder or a repeat). */
    boolean cell(String name, String row, String column, Token t, String source, int at) {
        if (!cellKeys.add(new CellKey(name, row, column))) {
            return false;
        }
        if (templates.isPlaceholder(t.key())) {
            problems.add(new Problem("placeholder", name, row, column, t.line(), t.text(),
                    "第" + t.line() + "行" + tableName(name) + "“" + row + "”行" + column + "列填的是“" + t.text()
                            + "”而不是数字（没有发生应填0）"));
            return false;
        }
        cells.add(at, new Cell(name, row, column, tokenizer.number(t.text()), t.line(), source));
        return true;
    }

    static String tableName(String name) {
        return "第" + name + "部分表格";
    }

    /**
     * A cell's place, for telling a repeat. (Not a record, nor one string joined from the three: both cost more than
     * the cell itself under C1, for every cell of every report; the labels' hashes are kept by the strings.)
     */
    private static final class CellKey {
        private final String table;
        private final String row;
        private final String column;
        private final int hash;

        CellKey(String table, String row, String column) {
            this.table = table;
            this.row = row;
            this.column = column;
            this.hash = (table.hashCode() * 31 + row.hashCode()) * 31 + column.hashCode();
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CellKey k && hash == k.hash && table.equals(k.table) && row.equals(k.row)
                    && column.equals(k.column);
        }
    }
}
