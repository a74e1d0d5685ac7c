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
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (ends.indexOf(text.charAt(i)) >= 0) {
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
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (separators.indexOf(text.charAt(i)) >= 0) {
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
     * The lines of a text, as {@code text.split("\\R", -1)} gives them: broken at CR LF, LF, VT, FF, CR, NEL, LS and
     * PS; a final break leaves an empty last line.
     */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028'
                    || c == '\u2029') {
                lines.add(text.substring(from, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
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

    /**
     * Whether a text holds nothing but white space (as {@link #compact} removes it), without copying it: whole files
     * are tested too.
     */
    public static boolean isBlank(String line) {
        if (line == null) {
            return true;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                    || c == '\u3000' || c == '\u200B' || c == '\uFEFF')) {
                return false;
            }
        }
        return true;
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
