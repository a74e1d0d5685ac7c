package org.xxgk.check.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A report's text lines as the blocks a document shows them in, for {@link ReportRenderer}: paragraphs and tables,
 * taken as written. A line holding a tab or a pipe is a table row, its cells cut at the pipes (Markdown's outer
 * pipes give empty cells at the ends) or else at the tabs; a Markdown rule line 「|---|---|」 is no row; blank lines
 * are nothing, so they do not end a table. Every other line is a paragraph. Nothing is repaired: a row with a cell
 * too many or a table without its heading stays so.
 *
 * <p>The empty cells of a row are read as a document would have them: the leading ones are the positions a group
 * label above covers (a rowspan continues there, nothing is written), the trailing ones are the row simply ending;
 * empty cells after a label are the columns that label spans (「一、本年新收政府信息公开申请数量→→3」: the label over
 * two columns, as in the template), and an empty cell after a number is a blank cell.
 */
final class ReportBlocks {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*");
    private static final Pattern MARKDOWN_RULE = Pattern.compile("^[|:\\-\\s]*-{3,}[|:\\-\\s]*$");
    private static final Pattern SECTION_HEADING = Pattern.compile("^[一二三四五六]、");
    private static final Pattern NUMBER = Pattern.compile("^[-+]?[0-9０-９]+(?:[.．][0-9０-９]+)?%?$");
    private static final String TABLE_3 = "三、收到和处理政府信息公开申请情况";
    private static final String FIRST_DATA_ROW_3 = "一、本年新收";

    /** A cell and the grid columns it spans. */
    record Cell(String text, int span) {
        boolean number() {
            return NUMBER.matcher(text).matches();
        }
    }

    sealed interface Block permits Paragraph, Table {
    }

    /** A paragraph as shown: Markdown's heading marks and bold stars are formatting, not text. */
    record Paragraph(String text, boolean heading) implements Block {
    }

    /**
     * A table: rows of cells, each row spanning the table's {@code columns} (its last cell spans what the row leaves).
     * When {@code breakAt} is not negative, a new page begins at that row and the first {@code headerRows} rows are
     * repeated at its top, as Word repeats a table's header rows.
     */
    record Table(List<List<Cell>> rows, int columns, int breakAt, int headerRows) implements Block {

        /** The table as printed: one part, or two when it goes on on a new page, the second with the header rows. */
        List<List<List<Cell>>> parts() {
            if (breakAt < 0) {
                return List.of(rows);
            }
            List<List<Cell>> second = new ArrayList<>(rows.subList(0, headerRows));
            second.addAll(rows.subList(breakAt, rows.size()));
            return List.of(rows.subList(0, breakAt), second);
        }
    }

    private ReportBlocks() {
    }

    /** The blocks of the text; with {@code breakTable3}, table 三 goes on on a new page after about half its rows. */
    static List<Block> of(List<String> lines, boolean breakTable3) {
        Reader reader = new Reader(breakTable3);
        for (int i = 0; i < lines.size(); i++) {
            reader.line(i, lines.get(i));
        }
        reader.endTable();
        return reader.blocks;
    }

    /** Reads lines in order, gathering the rows of the open table. */
    private static final class Reader {
        private final boolean breakTable3;
        private final List<Block> blocks = new ArrayList<>();
        private final List<List<Cell>> rows = new ArrayList<>();
        private int tableLine = -1;
        /** Table 三 is what stands between its heading and the next section heading (line indexes). */
        private int start3 = -1;
        private int end3 = -1;

        Reader(boolean breakTable3) {
            this.breakTable3 = breakTable3;
        }

        void line(int i, String line) {
            // A line of a tab alone is a row too: the empty cells before a label, in a copy that put each cell on a
            // line of its own.
            if (line.indexOf('\t') >= 0 || line.indexOf('|') >= 0) {
                if (!MARKDOWN_RULE.matcher(line).matches()) {
                    if (rows.isEmpty()) {
                        tableLine = i;
                    }
                    rows.add(cells(line));
                }
                return;
            }
            if (line.isBlank()) {
                return;
            }
            endTable();
            String text = paragraph(line);
            boolean heading = SECTION_HEADING.matcher(text).find();
            if (heading && start3 >= 0 && end3 < 0) {
                end3 = i;
            }
            if (text.startsWith(TABLE_3)) {
                start3 = i;
            }
            blocks.add(new Paragraph(text, heading));
        }

        /**
         * Ends the open table: its rows become a table whose rows all span its widest row. Table 三 breaks after
         * about half its rows, repeating the rows above its first data row.
         */
        void endTable() {
            if (rows.isEmpty()) {
                return;
            }
            int columns = 1;
            for (List<Cell> row : rows) {
                columns = Math.max(columns, row.stream().mapToInt(Cell::span).sum());
            }
            List<List<Cell>> filled = new ArrayList<>();
            for (List<Cell> row : rows) {
                List<Cell> r = new ArrayList<>(row);
                int width = r.stream().mapToInt(Cell::span).sum();
                if (r.isEmpty()) {
                    r.add(new Cell("", columns));
                } else if (width < columns) {
                    Cell last = r.get(r.size() - 1);
                    r.set(r.size() - 1, new Cell(last.text(), last.span() + columns - width));
                }
                filled.add(List.copyOf(r));
            }
            rows.clear();
            int breakAt = -1;
            int headerRows = 0;
            // The table's heading paragraph has been read; the next section heading not yet (it ends the table).
            if (breakTable3 && start3 >= 0 && tableLine > start3 && end3 < 0) {
                int firstData = 0;
                while (firstData < filled.size() && !filled.get(firstData).get(0).text().startsWith(FIRST_DATA_ROW_3)) {
                    firstData++;
                }
                headerRows = firstData < filled.size() ? firstData : 0;
                breakAt = Math.max(filled.size() / 2, headerRows + 1);
                while (breakAt < filled.size() && !startsRow(filled, breakAt)) {
                    breakAt++;
                }
                if (breakAt >= filled.size()) {
                    breakAt = -1;
                    headerRows = 0;
                }
            }
            blocks.add(new Table(List.copyOf(filled), columns, breakAt, headerRows));
        }
    }

    private static String paragraph(String line) {
        String text = line.strip();
        text = MARKDOWN_HEADING.matcher(text).replaceFirst("");
        return text.replace("**", "").strip();
    }

    /** A row's cells, with its empty cells read as described in the class comment. */
    static List<Cell> cells(String line) {
        String[] raw = line.split(line.indexOf('|') >= 0 ? "\\|" : "\t", -1);
        int first = 0;
        int last = raw.length - 1;
        while (first <= last && raw[first].isBlank()) {
            first++;
        }
        while (last >= first && raw[last].isBlank()) {
            last--;
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            String text = raw[i].strip();
            Cell previous = cells.isEmpty() ? null : cells.get(cells.size() - 1);
            if (text.isEmpty() && previous != null && !previous.text().isEmpty() && !previous.number()) {
                cells.set(cells.size() - 1, new Cell(previous.text(), previous.span() + 1));
            } else {
                cells.add(new Cell(text, 1));
            }
        }
        return cells;
    }

    /**
     * Whether a page may break before row {@code i}: whether it begins a row of the report's table. It does unless
     * the text put each cell on a line of its own (「→0」): then a row begins with its label, or with the empty
     * cells before its label, and a page break between its lines would put the header rows amid its cells.
     */
    static boolean startsRow(List<List<Cell>> rows, int i) {
        if (i == 0) {
            return true;
        }
        boolean afterEmpty = empty(rows.get(i - 1));
        return !afterEmpty && (empty(rows.get(i)) || !rows.get(i).get(0).number());
    }

    private static boolean empty(List<Cell> row) {
        return row.size() == 1 && row.get(0).text().isEmpty();
    }
}
