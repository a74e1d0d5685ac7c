package org.xxgk.check.template;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        // (a character array, not StringBuilder.charAt: C1-compiled charAt checks the index in a call of its own)
        char[] b = clean(text).toCharArray();
        int n = 0;
        for (char c : b) {
            if (!ignoredInKey(c)) {
                b[n++] = keyChar(c);
            }
        }
        int digits = 0;
        while (digits < n && b[digits] >= '0' && b[digits] <= '9') {
            digits++;
        }
        if (digits > 0 && digits < n && (b[digits] == '.' || b[digits] == '、' || b[digits] == '，')) {
            b[digits] = '.';
        }
        while (n > 0 && (b[n - 1] == '。' || b[n - 1] == '：' || b[n - 1] == '.' || b[n - 1] == '，')) {
            n--;
        }
        return new String(b, 0, n);
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
        // the white space of isSpace, written out: one switch for every character of every key (C1 inlines no call)
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u3000', '\u200B', '\uFEFF',
                    '"', '\'', '“', '”', '‘', '’', '「', '」', '『', '』' -> true;
            default -> false;
        };
    }

    /**
     * The lines each thread cleaned lately: a report's lines are cleaned by the section finder, the table reader,
     * the claim extractor and the prose measure in turn. Emptied when full, so it holds a few reports' lines at most.
     */
    private static final ThreadLocal<Map<String, String>> CLEANED = ThreadLocal.withInitial(HashMap::new);
    private static final int CLEANED_MAX = 1024;

    /** A line for display and prose matching: NFKC-normalised, Markdown heading marks and emphasis removed, trimmed. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        Map<String, String> cleaned = CLEANED.get();
        String s = cleaned.get(text);
        if (s == null) {
            s = cleanOnce(text);
            if (cleaned.size() >= CLEANED_MAX) {
                cleaned.clear();
            }
            cleaned.put(text, s);
        }
        return s;
    }

    private static String cleanOnce(String text) {
        String s = nfkc(text);
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
        String s = text.indexOf('#') >= 0 ? MARKDOWN_HEADING.matcher(text).replaceFirst("") : text;
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0 || s.indexOf('`') >= 0) {
            s = EMPHASIS.matcher(s).replaceAll("");
        }
        return s.replace('\u3000', ' ').strip();
    }

    /**
     * Characters outside ASCII, the CJK unified ideographs and the full-width forms that NFKC leaves as they are: the
     * punctuation of Chinese prose. (Checked character by character against {@link Normalizer} by a test.)
     */
    private static final String NFKC_STABLE = "、。〃〈〉《》「」『』【】〔〕〖〗〘〙〝〞“”‘’—–·×÷≤≥√○●□■△▲◆◇★☆※→←↑↓";
    private static final boolean[] STABLE = new boolean[0x10000];

    static {
        for (int i = 0; i < NFKC_STABLE.length(); i++) {
            STABLE[NFKC_STABLE.charAt(i)] = true;
        }
    }

    /**
     * NFKC, the way Chinese report text needs it fast: a line of ASCII, ideographs, full-width forms (U+FF01–FF5E,
     * whose NFKC form is the ASCII character) and the punctuation above is mapped character by character, as NFKC
     * maps it (none of these characters composes with a neighbour); any other character sends the whole line through
     * {@link Normalizer}.
     */
    static String nfkc(String text) {
        char[] mapped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char m;
            if (c < 0x80 || c >= 0x4E00 && c <= 0x9FFF) {
                m = c;
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                m = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                m = ' ';
            } else if (STABLE[c]) {
                m = c;
            } else {
                return Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                        : Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
            if (m != c && mapped == null) {
                mapped = text.toCharArray();
            }
            if (mapped != null) {
                mapped[i] = m;
            }
        }
        return mapped == null ? text : new String(mapped);
    }

    /**
     * The text cut after each of the given characters, as {@code Pattern.compile("(?<=[ends])").split(text)} cuts it
     * (trailing empty pieces dropped; a text without them is one piece), without a regular expression.
     */
    public static String[] splitAfter(String text, String ends) {
        char[] chars = text.toCharArray();
        char[] cuts = ends.toCharArray();
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < chars.length; i++) {
            if (among(chars[i], cuts)) {
                pieces.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length() || pieces.isEmpty()) {
            pieces.add(text.substring(from));
        }
        return pieces.toArray(String[]::new);
    }

    /**
     * The text split at each of the given characters, which are dropped, as {@code Pattern.compile("[seps]")
     * .split(text)} splits it (trailing empty pieces dropped; a text without them is one piece).
     */
    public static String[] splitAt(String text, String separators) {
        char[] chars = text.toCharArray();
        char[] cuts = separators.toCharArray();
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < chars.length; i++) {
            if (among(chars[i], cuts)) {
                pieces.add(text.substring(from, i));
                from = i + 1;
            }
        }
        if (pieces.isEmpty()) {
            return new String[] {text};
        }
        pieces.add(text.substring(from));
        int n = pieces.size();
        while (n > 0 && pieces.get(n - 1).isEmpty()) {
            n--;
        }
        return pieces.subList(0, n).toArray(String[]::new);
    }

    /**
     * The fields of a line between each separator, as {@code line.split(Pattern.quote(separator), -1)} gives them:
     * empty fields kept, also at either end.
     */
    public static String[] fields(String line, char separator) {
        List<String> fields = new ArrayList<>();
        int from = 0;
        for (int at = line.indexOf(separator); at >= 0; at = line.indexOf(separator, from)) {
            fields.add(line.substring(from, at));
            from = at + 1;
        }
        fields.add(line.substring(from));
        return fields.toArray(String[]::new);
    }

    /**
     * Whether c is one of the given characters. (The splitters loop over character arrays: C1-compiled
     * {@code charAt} and {@code indexOf} check their index in calls of their own, for every character.)
     */
    private static boolean among(char c, char[] set) {
        for (char s : set) {
            if (c == s) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lines of a text, as {@code text.split("\\R", -1)} gives them: broken at CR LF, LF, VT, FF, CR, NEL, LS and
     * PS; a final break leaves an empty last line.
     */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        char[] chars = text.toCharArray(); // C1-compiled charAt checks the index in a call of its own
        int from = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028'
                    || c == '\u2029') {
                lines.add(text.substring(from, i));
                if (c == '\r' && i + 1 < chars.length && chars[i + 1] == '\n') {
                    i++;
                }
                from = i + 1;
            }
        }
        lines.add(text.substring(from));
        return lines;
    }

    /** Removes all white space (also full-width and non-breaking spaces). */
    public static String compact(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = isSpace(c);
            if (space && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!space && b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    /**
     * Whether a text holds nothing but white space (as {@link #compact} removes it), without copying it: whole files
     * are tested too.
     */
    public static boolean isBlank(String line) {
        if (line == null) {
            return true;
        }
        for (int i = 0; i < line.length(); i++) {
            if (!isSpace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@link #clean} leaves nothing of {@code chars[from..to)}: it holds only spaces, tabs, line breaks and
     * no-break or ideographic spaces. (Not the zero-width space or BOM: {@link #clean} keeps those.)
     */
    public static boolean cleansAway(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (!isSpace(c) || c == '\u200B' || c == '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    /** White space as {@link #compact} and {@link #isBlank} have it (also full-width and non-breaking spaces). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
    }

    /** Levenshtein distance: the fewest single-character insertions, deletions and substitutions from a to b. */
    public static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE);
    }

    /**
     * The {@link #distance} from a to b when it is at most {@code max}, else {@code max + 1}: only the band of
     * {@code max} cells either side of the diagonal is filled, and the scan stops at the first row whose cells all
     * exceed {@code max}. (Character arrays, not {@code charAt}: the section finder compares every numbered line with
     * every title wording, and C1-compiled {@code charAt} checks the index in a call of its own.)
     */
    public static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (max < 0) {
            return 0;
        }
        int k = Math.min(max, Math.max(n, m)); // no distance is larger; k + 1 cannot overflow
        if (Math.abs(n - m) > k) {
            return k + 1;
        }
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        int over = k + 1;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = Math.min(j, over);
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - k);
            int to = Math.min(m, i + k);
            cur[0] = Math.min(i, over);
            if (from > 1) {
                cur[from - 1] = over;
            }
            int rowMin = cur[0];
            char xc = x[i - 1];
            for (int j = from; j <= to; j++) {
                int v = prev[j - 1] + (xc == y[j - 1] ? 0 : 1);
                int up = prev[j] + 1;
                if (up < v) {
                    v = up;
                }
                int left = cur[j - 1] + 1;
                if (left < v) {
                    v = left;
                }
                if (v > over) {
                    v = over;
                }
                cur[j] = v;
                if (v < rowMin) {
                    rowMin = v;
                }
            }
            if (to < m) {
                cur[to + 1] = over;
            }
            if (rowMin > k) {
                return over;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
