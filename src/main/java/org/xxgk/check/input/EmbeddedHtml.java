package org.xxgk.check.input;

/**
 * A document embedded in a JavaScript string: some sites save a report from Word as a web page and then put that
 * page into a script (「var content = "&lt;html xmlns:o=\"urn:schemas-microsoft-com:office:office\"…&lt;p
 * class=MsoNormal&gt;…\n…";」, or {@code document.write("…")}), and a crawler or a reviewer's "save as" keeps the
 * script, not the text it writes. The page's own text is then only the navigation around the script.
 *
 * <p>The string literals of the text are scanned (double or single quoted, joined where the script concatenates them
 * with {@code +}); the longest one that holds markup is the embedded document, unescaped ({@code \"}, {@code \n},
 * {@code \t}, {@code \/}, {@code \\uXXXX}, {@code \xXX}).
 */
final class EmbeddedHtml {

    /** Shorter literals are script, not a document. */
    private static final int MIN_LENGTH = 200;
    /** A literal longer than this is not read further: no report needs more, and a page cannot make the scan grow. */
    private static final int MAX_LENGTH = 20_000_000;

    private EmbeddedHtml() {
    }

    /** The embedded document's HTML, or null when no string literal of the text holds one. */
    static String find(String text) {
        String best = null;
        StringBuilder joined = null;
        int previousEnd = -1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '"' && c != '\'') {
                i++;
                continue;
            }
            StringBuilder literal = new StringBuilder();
            int end = literal(text, i, literal);
            if (end < 0) {
                break;
            }
            // 「"…" + "…"」: one string in the script
            if (joined != null && onlyPlusBetween(text, previousEnd, i)) {
                joined.append(literal);
            } else {
                joined = literal;
            }
            if (joined.length() >= MIN_LENGTH && (best == null || joined.length() > best.length()) && isMarkup(joined)) {
                best = joined.toString();
            }
            previousEnd = end;
            i = end;
        }
        return best;
    }

    /** Whether only white space and one {@code +} stand between {@code from} (a literal's end) and {@code to}. */
    private static boolean onlyPlusBetween(String text, int from, int to) {
        int plus = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '+') {
                plus++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return plus == 1;
    }

    /** Reads the literal opening at {@code start} into {@code out}; returns the index after its closing quote, -1 if open. */
    private static int literal(String text, int start, StringBuilder out) {
        char quote = text.charAt(start);
        int i = start + 1;
        while (i < text.length() && out.length() < MAX_LENGTH) {
            char c = text.charAt(i);
            if (c == quote) {
                return i + 1;
            }
            if (c == '\n' && quote == '\'') {
                return -1;
            }
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                i++;
                continue;
            }
            char e = text.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (i + 4 <= text.length() && isHex(text, i, 4)) {
                        out.append((char) Integer.parseInt(text.substring(i, i + 4), 16));
                        i += 4;
                    } else {
                        out.append('u');
                    }
                }
                case 'x' -> {
                    if (i + 2 <= text.length() && isHex(text, i, 2)) {
                        out.append((char) Integer.parseInt(text.substring(i, i + 2), 16));
                        i += 2;
                    } else {
                        out.append('x');
                    }
                }
                case '\n' -> { } // a line continuation
                default -> out.append(e); // \" \' \\ \/
            }
        }
        return -1;
    }

    private static boolean isHex(String text, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Markup a document is made of: paragraphs or tables, not a lone link or image. */
    private static boolean isMarkup(CharSequence s) {
        String head = s.length() > 4000 ? s.subSequence(0, 4000).toString() : s.toString();
        String lower = head.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("<p") || lower.contains("<table") || lower.contains("<div") || lower.contains("<html");
    }
}
