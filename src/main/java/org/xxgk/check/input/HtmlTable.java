package org.xxgk.check.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The parts of an HTML table the page walker needs: its own rows and cells, whether it is page layout or data, and
 * its grid with spans laid out. Every step is bounded: a span is capped, the grid's positions are counted before it
 * is built, and the search of a cell for a nested table stops at the first.
 */
final class HtmlTable {

    /**
     * A cell longer than this is an article, not a table cell: the longest label of the template's tables has 45
     * characters.
     */
    static final int LAYOUT_CELL = 200;
    /** A cap on rowspan and colspan: a page that says colspan="100000" gets no 100000-column row. */
    private static final int MAX_SPAN = 200;
    /**
     * A cap on the grid positions the tables of one page are laid out into. Each span is capped, but a page of many
     * spanning cells would still build gigabytes; a report's three tables have some 600 positions. A table past
     * the cap is read without its spans: every row gives its cells as written, so no text is lost.
     */
    static final int MAX_GRID_CELLS = 200_000;
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private HtmlTable() {
    }

    /** The grid positions a table's spans fill (rowspans end at the last row); the grid is no larger. */
    static long positions(List<Element> rows) {
        long n = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (Element cell : cells(rows.get(r))) {
                n += (long) Math.min(span(cell.attr("rowspan")), rows.size() - r) * span(cell.attr("colspan"));
            }
        }
        return n;
    }

    /** A row's cells as shown: hidden ones are left out. */
    static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Element cell : row.children()) {
            String tag = cell.normalName();
            if ((tag.equals("td") || tag.equals("th")) && !HtmlConverter.HIDDEN.matcher(cell.attr("style")).find()) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /** The table's own rows, in order, not those of tables nested in its cells. */
    static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String tag = child.normalName();
            if (tag.equals("tr")) {
                rows.add(child);
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                for (Element tr : child.children()) {
                    if (tr.normalName().equals("tr")) {
                        rows.add(tr);
                    }
                }
            }
        }
        return rows;
    }

    static boolean isLayout(Element table, List<Element> rows) {
        int widest = 0;
        for (Element row : rows) {
            int cells = 0;
            for (Element cell : row.children()) {
                String tag = cell.normalName();
                if (tag.equals("td") || tag.equals("th")) {
                    cells++;
                    if (holdsBlocks(cell) || cell.text().length() > LAYOUT_CELL) {
                        return true;
                    }
                }
            }
            widest = Math.max(widest, cells);
        }
        return widest <= 1;
    }

    /**
     * Whether a cell holds a table or a heading, stopping at the first one: a table nested in every cell of the
     * one before (a page nested 100 000 deep) would otherwise be searched whole once per level.
     */
    private static boolean holdsBlocks(Element cell) {
        boolean[] found = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node != cell && node instanceof Element e && (e.normalName().equals("table") || HEADINGS.contains(e.normalName()))) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, cell);
        return found[0];
    }

    /**
     * Rows × columns with spans laid out: text in a merged cell's first position, null for the positions it spans
     * (left out of the line, so that an empty field is always a blank cell).
     */
    static List<List<String>> grid(List<Element> rows) {
        List<List<String>> grid = new ArrayList<>();
        List<boolean[]> taken = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            ensure(grid, taken, r);
            int c = 0;
            for (Element cell : cells(rows.get(r))) {
                while (isTaken(taken, r, c)) {
                    c++;
                }
                int rowspan = span(cell.attr("rowspan"));
                int colspan = span(cell.attr("colspan"));
                String text = cellText(cell);
                for (int dr = 0; dr < rowspan && r + dr < rows.size(); dr++) {
                    ensure(grid, taken, r + dr);
                    for (int dc = 0; dc < colspan; dc++) {
                        set(grid.get(r + dr), c + dc, dr == 0 && dc == 0 ? text : null);
                        mark(taken, r + dr, c + dc);
                    }
                }
                c += colspan;
            }
        }
        return grid;
    }

    private static void ensure(List<List<String>> grid, List<boolean[]> taken, int r) {
        while (grid.size() <= r) {
            grid.add(new ArrayList<>());
            taken.add(new boolean[0]);
        }
    }

    private static boolean isTaken(List<boolean[]> taken, int r, int c) {
        boolean[] row = taken.get(r);
        return c < row.length && row[c];
    }

    private static void mark(List<boolean[]> taken, int r, int c) {
        boolean[] row = taken.get(r);
        if (c >= row.length) {
            row = Arrays.copyOf(row, Math.max(c + 1, row.length * 2));
            taken.set(r, row);
        }
        row[c] = true;
    }

    private static void set(List<String> row, int c, String text) {
        while (row.size() <= c) {
            row.add(null);
        }
        row.set(c, text);
    }

    private static int span(String attr) {
        try {
            int n = Integer.parseInt(attr.trim());
            return n < 1 ? 1 : Math.min(n, MAX_SPAN);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A cell's text on one line: its paragraphs and line breaks become spaces. */
    static String cellText(Element cell) {
        StringBuilder sb = new StringBuilder();
        appendCell(cell, sb);
        return sb.toString();
    }

    private static void appendCell(Element e, StringBuilder sb) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.text());
            } else if (child instanceof Element c) {
                String tag = c.normalName();
                if (HtmlConverter.SKIPPED.contains(tag) || HtmlConverter.HIDDEN.matcher(c.attr("style")).find()) {
                    continue;
                }
                if (tag.equals("br") || HtmlConverter.BLOCKS.contains(tag) || tag.equals("table")) {
                    sb.append(' ');
                }
                appendCell(c, sb);
                if (HtmlConverter.BLOCKS.contains(tag) || tag.equals("table")) {
                    sb.append(' ');
                }
            }
        }
    }
}
