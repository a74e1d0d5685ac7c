package org.xxgk.check.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xxgk.check.template.Text;

/**
 * Table labels that a copy from a paginated document broke over two or three lines. A PDF's table wraps a long row
 * label in its cell; text copied from a PDF viewer or a page-turning e-book gives each part a line, the values on the
 * first part's line or the last's:
 *
 * <pre>
 * （二）部分公开（区分处理的，只计           （四）无法提供 1.本机关不掌握 1 0 0 0 0 0 1
 * 这一情形，不计其他情形） 0 0 0 0 0 0 1     相关政府信息
 * </pre>
 *
 * Lines whose parts joined make a label the templates know are read as one line: the joined label and the values,
 * on the line that holds the values (the other parts' lines left blank). Only lines of text (no pipes or tabs),
 * short, not ending a sentence, at most one part with values, and a first part that is no label on its own (a cut
 * after the item number leaves a second part that is one: 「（四）无法提供 1.」「本机关不掌握相关政府信息」). Words in
 * front of the label that runs over the cut stay in front (a group label's part; the tokenizer reads them apart).
 */
final class WrappedLabels {

    /** Longest part of a label considered (a wrapped cell's line is short). */
    private static final int MAX_PART = 40;
    /** Most lines one label spans. */
    private static final int MAX_LINES = 3;

    private WrappedLabels() {
    }

    /**
     * The lines {@code from} to {@code to} (1-based, {@code to} excluded) with wrapped labels joined; line numbers
     * stay. Lines in {@code headings} are never parts.
     */
    static List<String> join(List<String> lines, int from, int to, Set<Integer> headings, TableTokens tokens) {
        List<String> out = new ArrayList<>(lines);
        for (int i = from; i < to; i++) {
            Part first = headings.contains(i) ? null : part(lines.get(i - 1), tokens);
            if (first == null || first.label().isEmpty() || tokens.isLabelText(first.label())) {
                continue;
            }
            StringBuilder label = new StringBuilder(first.label());
            String values = first.values();
            int valuesLine = values.isEmpty() ? 0 : i;
            for (int k = 1; k < MAX_LINES && i + k < to; k++) {
                Part next = headings.contains(i + k) ? null : part(lines.get(i + k - 1), tokens);
                if (next == null || next.label().isEmpty() || !next.values().isEmpty() && valuesLine != 0) {
                    break;
                }
                label.append(next.label());
                if (!next.values().isEmpty()) {
                    values = next.values();
                    valuesLine = i + k;
                }
                if (joins(label.toString(), first.label().length(), tokens)) {
                    int at = valuesLine != 0 ? valuesLine : i + k;
                    for (int j = i; j <= i + k; j++) {
                        out.set(j - 1, "");
                    }
                    out.set(at - 1, values.isEmpty() ? label.toString() : label + " " + values);
                    i += k;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether the parts joined make a label across the cut: the whole is a label (or labels), or it is once the words
     * in front of the first part's last word are left out (a group label's part 「（四）无」 before 「1.本机关不掌」, as a
     * label split over the rows it spans leaves it).
     */
    private static boolean joins(String joined, int firstLength, TableTokens tokens) {
        if (tokens.isLabelText(joined)) {
            return true;
        }
        for (int at = joined.indexOf(' '); at >= 0 && at + 1 < firstLength; at = joined.indexOf(' ', at + 1)) {
            if (tokens.isLabelText(joined.substring(at + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A line's label (its words before the trailing values) and its values, or null for a line that is no part. */
    private record Part(String label, String values) {
    }

    private static Part part(String line, TableTokens tokens) {
        if (line.indexOf('|') >= 0 || line.indexOf('\t') >= 0) {
            return null;
        }
        String text = Text.clean(line);
        if (text.isEmpty() || text.length() > 2 * MAX_PART) {
            return null;
        }
        char last = text.charAt(text.length() - 1);
        if (last == '。' || last == '；' || last == '！' || last == '？') {
            return null; // prose
        }
        String[] words = text.split("\\s+");
        int n = words.length;
        while (n > 0 && tokens.isValue(words[n - 1])) {
            n--;
        }
        String label = String.join(" ", List.of(words).subList(0, n));
        if (label.length() > MAX_PART) {
            return null;
        }
        return new Part(label, String.join(" ", List.of(words).subList(n, words.length)));
    }
}
