package org.xxgk.check.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the lines a converter makes of a document, in the shapes the parser reads: a paragraph or heading is a
 * line of its own; a table row is one line, its cells separated by tabs, one field per cell (a merged cell once, in
 * its first position), so that an empty field is a blank cell.
 */
final class TextLines {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\R");
    private static final Pattern CELL_SPACE = Pattern.compile("[\\s\\u00A0]+");

    private final List<String> lines = new ArrayList<>();
    private final List<Integer> pageStarts = new ArrayList<>();

    /** A paragraph: each of its line breaks starts a new line; blank lines are dropped. */
    void paragraph(String text) {
        if (text == null) {
            return;
        }
        for (String line : LINE_BREAKS.split(text, -1)) {
            String s = line.replace('\u00A0', ' ').strip();
            if (!s.isEmpty()) {
                lines.add(s);
            }
        }
    }

    /**
     * A table row: one position per cell, null for the grid positions a merged cell spans beyond its first (they are
     * left out, so that an empty field on the line is always a blank cell). Rows whose cells are all empty are
     * dropped.
     */
    void row(List<String> cells) {
        List<String> clean = new ArrayList<>(cells.size());
        boolean any = false;
        for (String c : cells) {
            if (c == null) {
                continue;
            }
            String s = cell(c);
            any |= !s.isEmpty();
            clean.add(s);
        }
        if (any) {
            lines.add(String.join("\t", clean));
        }
    }

    /**
     * A cell's text on one line: its line breaks and runs of white space become one space, and a pipe becomes a
     * full-width one, because the parser cuts a line that holds a pipe at its pipes rather than at its tabs.
     */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return CELL_SPACE.matcher(text.replace('|', '｜')).replaceAll(" ").strip();
    }

    /** Marks that the next line begins a new page. */
    void page() {
        pageStarts.add(lines.size() + 1);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    ReportText toText(ReportText.Kind kind) {
        return new ReportText(kind, String.join("\n", lines) + "\n", pageStarts);
    }
}
