package org.xxgk.check.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xxgk.check.template.Templates;
import org.xxgk.check.template.Text;

/**
 * Cuts table text whose cell separators were lost into pieces. Crawlers that copy a web page collapse white space
 * and drop the boundaries between table cells, so a row reads 「一、本年新收政府信息公开申请数量801000081」 and a
 * whole sub-table 「信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件77132470」.
 *
 * <p>The text is cut at the labels the template YAML knows (longest label first, white space inside a label ignored)
 * and at digit runs. A digit run is never split here: a run holds one or more cells, and which split is right is
 * decided later from the row's number of columns and the table's totals ({@link RunResolver}). White space that
 * survived between two digits is a cell boundary, so it ends a run; so does a sign. The item number of a sub-row
 * label belongs to the label, not to the run before it: 「00000002.其他法律行政法规禁止公开」 is the run 「0000000」 and
 * the label 「2.其他法律行政法规禁止公开」.
 *
 * <p>Short labels (「总计」「其他」「规章」) are taken only where a word starts, so that prose such as 「其他事项」 is not
 * cut into a column label. Text between labels that no template knows is an unknown piece, or prose when it reads
 * like a sentence.
 */
public final class RunTokenizer {

    public enum Kind { LABEL, DIGITS, PLACEHOLDER, UNKNOWN, PROSE }

    /**
     * A piece of the text.
     *
     * @param kind   what it is
     * @param text   the text as written (cleaned); for digits, the digits with their decimal point or sign
     * @param key    the key labels are matched by
     * @param spaced whether white space preceded it
     */
    public record Piece(Kind kind, String text, String key, boolean spaced) {
    }

    private static final String PLACEHOLDER_CHARS = "/\\—－–×*-";
    private static final String QUOTES = "\"'“”‘’「」『』`";
    /** Labels of at most this many characters count only where a word starts (not inside unknown text). */
    private static final int SHORT_LABEL = 3;

    private final Set<String> keys;
    private final int longest;

    public RunTokenizer(Templates templates) {
        this.keys = templates.labelKeys();
        this.longest = keys.stream().mapToInt(String::length).max().orElse(1);
    }

    /** The pieces of {@code text} in reading order. */
    public List<Piece> pieces(String text) {
        String shown = Text.clean(text);
        StringBuilder norm = new StringBuilder();
        List<Integer> from = new ArrayList<>();
        List<Boolean> gaps = new ArrayList<>();
        boolean gap = false;
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                gap = true;
                continue;
            }
            if (QUOTES.indexOf(c) >= 0) {
                continue;
            }
            norm.append(Text.keyChar(c));
            from.add(i);
            gaps.add(gap);
            gap = false;
        }
        // An item number written 「2、」「2，」 is 「2.」 in a key; a decimal point stays between digits.
        for (int i = 1; i + 1 < norm.length(); i++) {
            char c = norm.charAt(i);
            if ((c == '、' || c == '，') && isDigit(norm.charAt(i - 1)) && !isDigit(norm.charAt(i + 1))) {
                norm.setCharAt(i, '.');
            }
        }
        return new Scan(shown, norm.toString(), from, gaps).run();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSign(char c) {
        return c == '+' || c == '-';
    }

    /** One pass over one text. */
    private final class Scan {
        private final String shown;
        private final String norm;
        private final List<Integer> from;
        private final List<Boolean> gaps;
        private final List<Piece> out = new ArrayList<>();
        private int unknownStart = -1;
        // the word after an item number (「6. 属于四类过程」) belongs to it, white space between them or not
        private int itemWord = -1;

        Scan(String shown, String norm, List<Integer> from, List<Boolean> gaps) {
            this.shown = shown;
            this.norm = norm;
            this.from = from;
            this.gaps = gaps;
        }

        List<Piece> run() {
            int n = norm.length();
            int i = 0;
            while (i < n) {
                char c = norm.charAt(i);
                if (gaps.get(i) && unknownStart >= 0 && i != itemWord) {
                    flushUnknown(i);
                }
                if (isDigit(c) || (isSign(c) && i + 1 < n && isDigit(norm.charAt(i + 1)) && !gaps.get(i + 1))) {
                    i = digits(i);
                    continue;
                }
                int len = labelAt(i);
                if (len > 0 && (unknownStart < 0 || len > SHORT_LABEL)) {
                    flushUnknown(i);
                    out.add(new Piece(Kind.LABEL, shownText(i, i + len), norm.substring(i, i + len), gaps.get(i)));
                    i += len;
                    continue;
                }
                if (unknownStart < 0 && PLACEHOLDER_CHARS.indexOf(c) >= 0) {
                    out.add(new Piece(Kind.PLACEHOLDER, String.valueOf(c), Text.key(String.valueOf(c)), gaps.get(i)));
                    i++;
                    continue;
                }
                if (unknownStart < 0) {
                    unknownStart = i;
                }
                i++;
            }
            flushUnknown(n);
            return out;
        }

        /** Reads the numeric stretch at {@code start}; returns where scanning goes on. */
        private int digits(int start) {
            int n = norm.length();
            int end = start;
            while (end < n && numeric(end, start)) {
                end++;
            }
            int next = end;
            // 「…00000002.其他法律…」: the last digit before an item separator opens a sub-row label.
            if (end < n && norm.charAt(end) == '.' && end - 1 >= start && isDigit(norm.charAt(end - 1))
                    && end + 1 < n && !isDigit(norm.charAt(end + 1))) {
                int item = end - 1;
                int len = labelAt(item);
                flushUnknown(start);
                groups(start, item);
                if (len > 0) {
                    out.add(new Piece(Kind.LABEL, shownText(item, item + len), norm.substring(item, item + len),
                            gaps.get(item)));
                    return item + len;
                }
                // a sub-row label the templates do not know, or one cut short (「6.属于四类过程」)
                unknownStart = item;
                itemWord = end + 1;
                return end + 1;
            }
            flushUnknown(start);
            groups(start, end);
            return next;
        }

        /** Whether the character at {@code i} continues the numeric stretch that began at {@code start}. */
        private boolean numeric(int i, int start) {
            char c = norm.charAt(i);
            if (isDigit(c)) {
                return true;
            }
            boolean digitFollows = i + 1 < norm.length() && isDigit(norm.charAt(i + 1)) && !gaps.get(i + 1);
            if (isSign(c)) {
                return i == start ? digitFollows : digitFollows && isDigit(norm.charAt(i - 1));
            }
            return c == '.' && i > start && isDigit(norm.charAt(i - 1)) && !gaps.get(i) && digitFollows;
        }

        /** The digit groups of a stretch: white space and signs are cell boundaries. */
        private void groups(int start, int end) {
            int groupStart = start;
            for (int k = start + 1; k <= end; k++) {
                if (k == end || gaps.get(k) || isSign(norm.charAt(k))) {
                    if (k > groupStart) {
                        String digits = norm.substring(groupStart, k);
                        out.add(new Piece(Kind.DIGITS, digits, digits, gaps.get(groupStart)));
                    }
                    groupStart = k;
                }
            }
        }

        /** Length of the longest label key starting at {@code i}, 0 when none does. */
        private int labelAt(int i) {
            for (int len = Math.min(longest, norm.length() - i); len > 0; len--) {
                if (keys.contains(norm.substring(i, i + len))) {
                    return len;
                }
            }
            return 0;
        }

        private void flushUnknown(int end) {
            if (unknownStart < 0) {
                return;
            }
            int start = unknownStart;
            unknownStart = -1;
            if (end <= start) {
                return;
            }
            String text = shownText(start, end);
            if (text.isEmpty()) {
                return;
            }
            boolean prose = text.length() > 60 || text.matches(".*[。；！？].*");
            out.add(new Piece(prose ? Kind.PROSE : Kind.UNKNOWN, text, Text.key(text), gaps.get(start)));
        }

        private String shownText(int start, int end) {
            return shown.substring(from.get(start), from.get(end - 1) + 1).strip();
        }
    }
}
