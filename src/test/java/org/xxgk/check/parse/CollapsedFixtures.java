package org.xxgk.check.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Builds the copies of a report a crawler makes: the separators between the cells of each table row deleted, all
 * lines joined with single spaces, every run of white space collapsed to one space.
 */
final class CollapsedFixtures {

    /** The shapes a crawler's copy comes in. */
    enum Variant {
        /** One line; the cells of every table row run together. */
        PLAIN,
        /** One line; a single space survives between some cells of a row and not others. */
        SPACES,
        /** A page header and navigation on lines of their own, then the report on one line. */
        NAV_LINES,
        /** Navigation text in front of the report, on the same line. */
        NAV_INLINE
    }

    static final List<String> SEEDS = List.of(
            "2020-xiuzhou-fire-brigade",
            "2024-changle-civil-air-defense",
            "2024-dawukou-emergency-bureau",
            "2024-ganzhou-fire-brigade",
            "2024-ganzhou-logistics-center");

    /** The page header of {@link Variant#NAV_LINES}: the report body starts on line 4. */
    static final String NAV_HEADER = "网站首页 | 政务公开 | 政府信息公开 | 互动交流\n"
            + "当前位置：首页 > 政府信息公开 > 政府信息公开年报\n"
            + "字号：[ 大 中 小 ] 打印本页 关闭窗口\n";
    static final int NAV_BODY_LINE = 4;
    private static final String NAV_TEXT = "网站首页 | 政务公开 | 政府信息公开 当前位置：首页 > 政府信息公开 > 政府信息公开年报 "
            + "字号：[ 大 中 小 ] 打印本页";

    private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{2,}.*$");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");

    private CollapsedFixtures() {
    }

    static String seed(String name) {
        try {
            return Files.readString(Path.of("samples", name + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line the report body stands on in a copy of this shape. */
    static int bodyLine(Variant v) {
        return v == Variant.NAV_LINES ? NAV_BODY_LINE : 1;
    }

    /**
     * The crawler's copy of {@code text}. A table row is a line with tabs or pipes (its cells are joined), or, in
     * reports that give each cell a line of its own, a label line followed by lines that are only numbers (they are
     * joined to it). Markdown table rules (|---|) are dropped: they are no content of the page.
     */
    static String collapse(String text, Variant v) {
        Random random = new Random(20240601L);
        boolean spaces = v == Variant.SPACES;
        List<String> pieces = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (MARKDOWN_RULE.matcher(line).matches()) {
                continue;
            }
            String piece;
            if (line.indexOf('\t') >= 0 || line.indexOf('|') >= 0) {
                StringBuilder row = new StringBuilder();
                for (String cell : line.split("[\t|]")) {
                    String c = cell.strip();
                    if (c.isEmpty()) {
                        continue;
                    }
                    if (!row.isEmpty() && spaces && random.nextInt(3) == 0) {
                        row.append(' ');
                    }
                    row.append(c);
                }
                piece = row.toString();
            } else {
                piece = line.strip();
            }
            if (piece.isEmpty()) {
                continue;
            }
            if (!pieces.isEmpty() && NUMBER.matcher(piece).matches()) {
                String glue = spaces && random.nextInt(3) == 0 ? " " : "";
                pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + glue + piece);
            } else {
                pieces.add(piece);
            }
        }
        String body = SPACE.matcher(String.join(" ", pieces)).replaceAll(" ").strip();
        return switch (v) {
            case NAV_LINES -> NAV_HEADER + body + "\n";
            case NAV_INLINE -> NAV_TEXT + " " + body + "\n";
            default -> body + "\n";
        };
    }

    /**
     * The 2024 logistics-centre report with real numbers in table 三 and a sentence that states them: rows whose
     * digit runs only the totals can split. {@code sentence} replaces the report's sentence on applications;
     * each of {@code rows} replaces the first line that contains its first element.
     */
    static String logistics(String sentence, String[]... rows) {
        String text = seed("2024-ganzhou-logistics-center");
        for (String[] r : rows) {
            String[] lines = text.split("\n", -1);
            boolean replaced = false;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(r[0])) {
                    lines[i] = r[1];
                    replaced = true;
                    break;
                }
            }
            if (!replaced) {
                throw new IllegalArgumentException("no line contains " + r[0]);
            }
            text = String.join("\n", lines);
        }
        if (sentence != null) {
            text = text.replace("2024 年中心受理政府信息公开申请件 1 件，已及时答复办结。", sentence);
        }
        return text;
    }

    /** A table 三 row of the logistics report, in its own (pipe) shape. */
    static String[] row3(String lineStart, String shape, long... values) {
        StringBuilder b = new StringBuilder(shape);
        for (long v : values) {
            b.append(" ").append(v).append(" |");
        }
        return new String[] {lineStart, b.toString()};
    }
}
