package org.xxgk.check.crawl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xxgk.check.fact.Section;
import org.xxgk.check.fact.Table;
import org.xxgk.check.template.SectionHeading;
import org.xxgk.check.template.SectionTitles;
import org.xxgk.check.template.Templates;
import org.xxgk.check.template.Text;

/**
 * Section headings inside running text (「…培训4次。 二、主动公开政府信息情况第二十条第（一）项…」): the headings of a
 * report whose line breaks were lost.
 */
final class EmbeddedHeadings {

    private static final String NUMERALS = "一二三四五六";
    /** A heading's numeral, as {@link #numeral} finds it (the test holds the two equal). */
    static final Pattern NUMERAL = Pattern.compile("[一二三四五六]\\s*[、.．]?\\s*");
    /** What may not stand right before a heading's numeral: 「第一、」「（一）」「十一、」. */
    private static final String NOT_BEFORE = "第（(十一二三四五六七八九〇零";
    /** Where a heading whose title is not a template title ends: white space or the end of a sentence. */
    private static final Pattern TITLE_END = Pattern.compile("[\\s。；;！!？?]");

    /**
     * A heading found inside running text.
     *
     * @param line  the line (1-based) it stands on
     * @param start where the numeral stands in the cleaned line ({@link Text#clean})
     * @param end   where the heading ends in the cleaned line
     * @param whole whether the heading is all there is on its line
     */
    record Embedded(SectionHeading heading, int line, int start, int end, boolean whole) {
    }

    private EmbeddedHeadings() {
    }

    /**
     * The first heading of each section inside running text, in the order of the text. A heading's title is the
     * prefix of the text nearest to a wording of the section (sections.yaml: short, long or a variant, typos
     * allowed), else the text up to the next white space or sentence end (at most 40 characters), which must carry
     * a keyword of the section, as a heading line must. A numeral without 「、」 needs a wording. Table rows of table
     * 三 (「四、结转下年度继续办理」) are not headings.
     */
    static List<Embedded> find(List<String> lines, Templates templates) {
        List<Embedded> found = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            // unlike heading lines, pipes are no sign of a table row here: a navigation bar (「首页 | 政务公开」) may
            // stand in front of the running text
            String text = Text.clean(lines.get(i));
            char[] chars = text.toCharArray();
            for (int[] m = numeral(chars, 0); m != null; m = numeral(chars, m[1])) {
                if (m[0] > 0 && NOT_BEFORE.indexOf(chars[m[0] - 1]) >= 0) {
                    continue;
                }
                int number = NUMERALS.indexOf(chars[m[0]]) + 1;
                if (seen.contains(number)) {
                    continue;
                }
                Embedded e = embedded(text, m[0], m[1], number, i + 1, templates);
                if (e != null) {
                    seen.add(number);
                    found.add(e);
                }
            }
        }
        return found;
    }

    /**
     * The next match of {@link #NUMERAL} in {@code chars} from {@code from}, as {start, end}, or null: what
     * {@code Matcher.find} gives, without a matcher (this scans every line of a report whose headings are not all on
     * lines of their own, and 一 is among the commonest characters of Chinese prose).
     */
    static int[] numeral(char[] chars, int from) {
        int start = from;
        while (start < chars.length && NUMERALS.indexOf(chars[start]) < 0) {
            start++;
        }
        if (start == chars.length) {
            return null;
        }
        int end = start + 1;
        while (end < chars.length && isRegexSpace(chars[end])) {
            end++;
        }
        if (end < chars.length && (chars[end] == '、' || chars[end] == '.' || chars[end] == '．')) {
            end++;
        }
        while (end < chars.length && isRegexSpace(chars[end])) {
            end++;
        }
        return new int[] {start, end};
    }

    /** White space as {@code \s} matches it (ASCII only). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static Embedded embedded(String text, int start, int titleStart, int number, int line, Templates templates) {
        String rest = text.substring(titleStart);
        SectionTitles titles = templates.sectionTitles();
        boolean bare = text.substring(start + 1, titleStart).isBlank();
        // cheap tests first: every 「一」 of the prose is a candidate numeral
        if (rest.isEmpty() || bare && !titles.mayStart(number, rest.charAt(0))) {
            return null;
        }
        if (isRow3(text.charAt(start), rest, templates)) {
            return null;
        }
        int length = titles.prefix(number, rest);
        if (length < 0) {
            if (bare) {
                return null;
            }
            Matcher end = TITLE_END.matcher(rest);
            length = end.find() ? end.start() : rest.length();
            if (length < 2 || length > 40) {
                return null;
            }
        }
        int titleEnd = titleStart + length;
        String title = text.substring(titleStart, titleEnd).strip();
        String key = Text.key(title);
        if (key.contains("。") || !titles.about(number, key)) {
            return null;
        }
        // a full stop or colon after the title belongs to the heading (「六、其他需要报告的事项。」)
        int end = titleEnd;
        while (end < text.length() && "。：:.".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        title = title.replaceAll("[。：:.，,]+$", "").strip();
        boolean whole = text.substring(0, start).isBlank() && text.substring(end).isBlank();
        String numbering = text.substring(start, titleStart).strip();
        return new Embedded(new SectionHeading(number, numbering, title, titles.form(number, Text.key(title)), line, ""),
                line, start, end, whole);
    }

    /** 「四、结转下年度继续办理0000000」: a row of table 三, not a heading. */
    private static boolean isRow3(char numeral, String rest, Templates templates) {
        StringBuilder key = new StringBuilder().append(numeral).append('、');
        for (int i = 0; i < Math.min(40, rest.length()); i++) {
            char c = rest.charAt(i);
            if (Text.ignoredInKey(c)) {
                continue;
            }
            key.append(Text.keyChar(c));
            if (key.length() > 3 && templates.row3(key.toString()) != null) {
                return true;
            }
        }
        return false;
    }
}
