package org.xxgk.check.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xxgk.check.crawl.RunTokenizer;
import org.xxgk.check.crawl.Token;
import org.xxgk.check.template.Templates;
import org.xxgk.check.template.Text;

/**
 * A table line cut into cell tokens, whatever separates its cells: tabs, pipes (web pages and Markdown, whose outer
 * pipes are no fields), one cell per line, spaces inside a field that joins a row's last value to the next row's
 * label, or nothing at all (a crawler's copy: {@link RunTokenizer}). A token is a number, a placeholder, a label the
 * templates know, an unknown word, or an empty field (a blank cell, or a stray separator: the table reader decides).
 */
final class TableTokens {

    private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern TRAILING_NUMBERS =
            Pattern.compile("^(.*?\\S)\\s+((?:[+-]?\\d+(?:\\.\\d+)?)(?:\\s+[+-]?\\d+(?:\\.\\d+)?)*)$");

    private final Templates templates;
    private final RunTokenizer runs;
    /** The last character of every unit tables.yaml names (件, 条, 元…): a key ending otherwise has no unit. */
    private final String unitEnds;

    TableTokens(Templates templates) {
        this.templates = templates;
        StringBuilder ends = new StringBuilder();
        templates.units().forEach(u -> ends.append(u.isEmpty() ? "" : u.substring(u.length() - 1)));
        this.unitEnds = ends.toString();
        this.runs = new RunTokenizer(templates);
    }

    /** The digit runs and labels of running text (a crawler's copy), for the table reader's running-text path. */
    List<RunTokenizer.Piece> pieces(String text) {
        return runs.pieces(text);
    }

    /** Cuts a line into cell tokens; returns null for a line that is prose, not table. */
    List<Token> tokens(String line, int number) {
        if (line.indexOf("--") >= 0 && MARKDOWN_RULE.matcher(line).matches()) {
            return List.of();
        }
        String[] parts;
        if (line.indexOf('|') >= 0) {
            parts = Text.fields(line, '|');
        } else if (line.indexOf('\t') >= 0) {
            parts = Text.fields(line, '\t');
        } else {
            String text = Text.clean(line);
            if (text.isEmpty()) {
                return List.of();
            }
            if (!isLabel(Text.key(text)) && isProse(text)) {
                return ranTogether(text, number, 0); // a whole table whose separators were lost, or prose (null)
            }
            parts = new String[] {line};
        }
        List<Token> tokens = new ArrayList<>();
        int position = 0;
        String stripped = line.strip();
        if (stripped.equals("|")) {
            // one cell a line, each closed by a pipe (「0 |」): a pipe alone is a blank cell
            return List.of(new Token("", "", number, position));
        }
        // a Markdown row's outer pipes open and close it; they are no fields
        int first = parts.length > 1 && stripped.startsWith("|") ? 1 : 0;
        int last = parts.length > 1 && stripped.endsWith("|") ? parts.length - 2 : parts.length - 1;
        for (int p = first; p <= last; p++) {
            String part = parts[p];
            String text = Text.clean(part);
            if (text.isEmpty()) {
                if (parts.length > 1) {
                    tokens.add(new Token("", "", number, position++)); // a blank cell, or a stray separator
                }
                continue;
            }
            if (isNumber(text)) {
                tokens.add(new Token(text, text, number, position++));
                continue;
            }
            String key = Text.key(text);
            boolean label = isLabel(key);
            Matcher trailing = label ? null : TRAILING_NUMBERS.matcher(text);
            if (trailing != null && trailing.matches()) {
                String head = trailing.group(1);
                // words before the values that are not one label: the labels among them, each other word a token of
                // its own, as tabs would have cut them (a group label split over the rows it spans leaves a part in
                // front of the next row's label: 「法提供 2.没有现成信息需要另行制作 11 0 …」 under 「（四）无 1.本机关…」)
                List<Token> words = isLabel(Text.key(head)) ? null : words(head, number, position, true);
                if (words == null) {
                    tokens.add(new Token(head, Text.key(head), number, position++));
                } else {
                    tokens.addAll(words);
                    position += words.size();
                }
                for (String n : trailing.group(2).trim().split("\\s+")) {
                    tokens.add(new Token(n, n, number, position++));
                }
            } else {
                List<Token> ran = label ? null : bySpaces(text, number, position);
                if (ran == null && !label) {
                    ran = ranTogether(text, number, position);
                }
                if (ran != null) {
                    tokens.addAll(ran);
                    position += ran.size();
                } else {
                    tokens.add(new Token(text, key, number, position++));
                }
            }
        }
        return tokens;
    }

    /**
     * Whether a text (no values) is a label the templates know, or labels separated by spaces
     * (「三、本年度办理结果 （一）予以公开」).
     */
    boolean isLabelText(String text) {
        return isLabel(Text.key(text)) || bySpaces(text, 0, 0) != null;
    }

    /** Whether a word is a value: a number or a placeholder. */
    boolean isValue(String word) {
        return isNumber(word) || templates.isPlaceholder(Text.key(word));
    }

    /**
     * The tokens of a field that holds several cells separated by spaces: a copy that kept a table's tabs or pipes
     * but turned each row break into a space joins a row's last value to the next row's label
     * (「5 二、上年结转政府信息公开申请数量」), or a header to a label (「现行有效件数 规章」). Every word must be a number,
     * a placeholder or (with its neighbours) a label the templates know; null otherwise.
     */
    private List<Token> bySpaces(String text, int number, int position) {
        return words(text, number, position, false);
    }

    /**
     * The tokens of words separated by spaces: values, and the labels among them (each the longest run of words that
     * is one). A word that is neither is a token of its own when {@code lenient}, else the text is no such row (null).
     * Null too when no word is a label, or there is one word.
     */
    private List<Token> words(String text, int number, int position, boolean lenient) {
        String[] words = text.split("\\s+");
        if (words.length < 2) {
            return null;
        }
        List<Token> out = new ArrayList<>();
        boolean labelled = false;
        int p = position;
        int i = 0;
        while (i < words.length) {
            if (isValue(words[i])) {
                out.add(new Token(words[i], Text.key(words[i]), number, p++));
                i++;
                continue;
            }
            int j = words.length;
            while (j > i && !isLabel(Text.key(String.join(" ", List.of(words).subList(i, j))))) {
                j--;
            }
            if (j == i) {
                if (!lenient) {
                    return null;
                }
                out.add(new Token(words[i], Text.key(words[i]), number, p++));
                i++;
                continue;
            }
            String label = String.join(" ", List.of(words).subList(i, j));
            out.add(new Token(label, Text.key(label), number, p++));
            labelled = true;
            i = j;
        }
        return labelled ? out : null;
    }

    /**
     * The tokens of a cell or line whose separators were lost (「一、本年新收政府信息公开申请数量801000081」), or null
     * when it is not that: it must consist of labels, digit runs and placeholders only, with a label running into
     * digits somewhere.
     */
    private List<Token> ranTogether(String text, int number, int position) {
        List<RunTokenizer.Piece> pieces = runs.pieces(text);
        boolean ran = false;
        for (int i = 0; i < pieces.size(); i++) {
            RunTokenizer.Kind kind = pieces.get(i).kind();
            if (kind == RunTokenizer.Kind.UNKNOWN || kind == RunTokenizer.Kind.PROSE) {
                return null;
            }
            if (kind == RunTokenizer.Kind.DIGITS && !pieces.get(i).spaced() && i > 0
                    && pieces.get(i - 1).kind() == RunTokenizer.Kind.LABEL) {
                ran = true;
            }
        }
        if (!ran) {
            return null;
        }
        List<Token> tokens = new ArrayList<>();
        int p = position;
        for (RunTokenizer.Piece piece : pieces) {
            tokens.add(new Token(piece.text(), piece.key(), number, p++, piece.kind() == RunTokenizer.Kind.DIGITS));
        }
        return tokens;
    }

    private static boolean isProse(String text) {
        // (a cleaned line holds no line break, so this is text.matches(".*[。；！？]$") without a regular expression)
        return text.length() > 60 || !text.isEmpty() && "。；！？".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    boolean isLabel(String key) {
        return templates.caption2(key) != null || templates.row2(key) != null || templates.column2(key) != null
                || templates.isHeader2(key) || templates.row3(key) != null || templates.column3(key) != null
                || templates.isHeader3(key) || templates.isCaption3(key) || templates.isHeader4(key);
    }

    /** A number, with thousands separators and a unit allowed: the NUMBER pattern, checked without a matcher. */
    boolean isNumber(String key) {
        String s = stripUnit(key);
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int start = i;
        boolean grouped = false;
        int group = 0;
        while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == ',')) {
            if (s.charAt(i) == ',') {
                // 1,234: groups of three after a first group of one to three digits
                if (group == 0 || (!grouped && group > 3) || (grouped && group != 3)) {
                    return false;
                }
                grouped = true;
                group = 0;
            } else {
                group++;
            }
            i++;
        }
        if (i == start || group == 0 || grouped && group != 3) {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            int dot = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == dot) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    BigDecimal number(String key) {
        String s = stripUnit(key);
        if (s.length() <= 18 && allDigits(s)) {
            return BigDecimal.valueOf(Long.parseLong(s)); // most cells: equal to new BigDecimal(s), scale 0
        }
        s = s.replace(",", "");
        return new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private String stripUnit(String key) {
        if (key.isEmpty() || unitEnds.indexOf(key.charAt(key.length() - 1)) < 0) {
            return key; // most keys end in no unit's last character
        }
        for (String unit : templates.units()) {
            if (key.endsWith(unit) && key.length() > unit.length()) {
                return key.substring(0, key.length() - unit.length());
            }
        }
        return key;
    }
}
