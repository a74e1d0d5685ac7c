package org.xxgk.check.template;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalisation shared by every matcher. Reports write the same label in many ways: half- or full-width brackets
 * and digits, spaces inside labels (「结果 维持」), Markdown heading marks and emphasis (`## **六、…**`), straight or
 * curly quotes. {@link #key} reduces a label to one comparable form; {@link #clean} only tidies a line for display.
 */
public final class Text {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s*#{1,6}\\s*");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|\\*|`");

    private Text() {
    }

    /**
     * The comparable form of a label: NFKC (full-width digits and letters become ASCII), no white space, no quotes
     * or Markdown marks, brackets and Chinese punctuation in their full-width form, item numbers as {@code 1.}, no
     * trailing full stop or colon.
     */
    public static String key(String text) {
        // one pass, no regular expressions: this runs for every cell of every table
        String s = clean(text);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!ignoredInKey(c)) {
                b.append(keyChar(c));
            }
        }
        int digits = 0;
        while (digits < b.length() && b.charAt(digits) >= '0' && b.charAt(digits) <= '9') {
            digits++;
        }
        if (digits > 0 && digits < b.length() && ".、，".indexOf(b.charAt(digits)) >= 0) {
            b.setCharAt(digits, '.');
        }
        int end = b.length();
        while (end > 0 && "。：.，".indexOf(b.charAt(end - 1)) >= 0) {
            end--;
        }
        b.setLength(end);
        return b.toString();
    }

    /** The character as it stands in a {@link #key}: brackets and Chinese punctuation full-width. */
    public static char keyChar(char c) {
        return switch (c) {
            case '(' -> '（';
            case ')' -> '）';
            case ':' -> '：';
            case ',' -> '，';
            case ';' -> '；';
            case '<' -> '〈';
            case '>' -> '〉';
            case '／' -> '/';
            default -> c;
        };
    }

    /** Whether a character is dropped from a {@link #key}: white space and quotes. */
    public static boolean ignoredInKey(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '\u3000' || c == '\u200B' || c == '\uFEFF' || "\"'“”‘’「」『』".indexOf(c) >= 0;
    }

    /** A line for display and prose matching: NFKC-normalised, Markdown heading marks and emphasis removed, trimmed. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        // NFKC turns full-width brackets and punctuation into ASCII; prose keeps them readable either way.
        if (s.indexOf('#') >= 0) {
            s = MARKDOWN_HEADING.matcher(s).replaceFirst("");
        }
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0 || s.indexOf('`') >= 0) {
            s = EMPHASIS.matcher(s).replaceAll("");
        }
        return s.strip().replace('\u3000', ' ').strip();
    }

    /** A line as the report wrote it, for quoting: Markdown heading marks and emphasis removed, trimmed; no NFKC. */
    public static String display(String text) {
        if (text == null) {
            return "";
        }
        String s = MARKDOWN_HEADING.matcher(text).replaceFirst("");
        s = EMPHASIS.matcher(s).replaceAll("");
        return s.replace('\u3000', ' ').strip();
    }

    /** Removes all white space (also full-width and non-breaking spaces). */
    public static String compact(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
            if (space && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!space && b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    public static boolean isBlank(String line) {
        return compact(line).isEmpty();
    }

    /** Levenshtein distance: the fewest single-character insertions, deletions and substitutions from a to b. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
