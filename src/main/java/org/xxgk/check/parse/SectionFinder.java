package org.xxgk.check.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the headings of the six sections. A heading is a line of its own, 「N、title」 with N one of 一…六, whose title
 * carries a keyword of section N (sections.yaml). Table rows that look alike (「一、本年新收政府信息公开申请数量」)
 * are told apart by the template labels; sub-headings inside a section (「一、存在的问题」 under 五) by the keywords.
 *
 * <p>In a report whose line breaks were lost the headings stand inside running text
 * (「…培训4次。 二、主动公开政府信息情况第二十条第（一）项…」): {@link #inRunningText} finds them there.
 */
final class SectionFinder {

    private static final Pattern HEADING = Pattern.compile("^([一二三四五六])\\s*[、.．]\\s*(.{2,40})$");
    private static final String NUMERALS = "一二三四五六";

    /** A section heading as found. */
    record Heading(int number, String title, String form, int line) {
    }

    /**
     * A heading found inside running text.
     *
     * @param line  the line (1-based) it stands on
     * @param start where the numeral stands in the cleaned line ({@link Text#clean})
     * @param end   where the heading ends in the cleaned line
     * @param whole whether the heading is all there is on its line
     */
    record Embedded(Heading heading, int line, int start, int end, boolean whole) {
    }

    private static final Pattern NUMERAL = Pattern.compile("[一二三四五六]\\s*[、.．]\\s*");
    /** What may not stand right before a heading's numeral: 「第一、」「（一）」「十一、」. */
    private static final String NOT_BEFORE = "第（(十一二三四五六七八九〇零";
    /** Where a heading whose title is not a template title ends: white space or the end of a sentence. */
    private static final Pattern TITLE_END = Pattern.compile("[\\s。；;！!？?]");

    private SectionFinder() {
    }

    static List<Heading> find(List<String> lines, Templates templates) {
        List<Heading> headings = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (raw.indexOf('\t') >= 0 || raw.indexOf('|') >= 0) {
                continue;
            }
            String text = Text.clean(raw);
            Matcher m = HEADING.matcher(text);
            if (!m.matches()) {
                continue;
            }
            int number = NUMERALS.indexOf(m.group(1)) + 1;
            String title = m.group(2).strip().replaceAll("[。：:.，,]+$", "").strip();
            String key = Text.key(title);
            String lineKey = Text.key(text);
            if (templates.row3(lineKey) != null || key.contains("。")) {
                continue;
            }
            TemplateSpec.Section spec = templates.sections().get(number - 1);
            if (spec.keywords().stream().noneMatch(k -> key.contains(Text.key(k)))) {
                continue;
            }
            if (!seen.add(number)) {
                continue;
            }
            headings.add(new Heading(number, title, form(key, spec), i + 1));
        }
        return headings;
    }

    /**
     * The first heading of each section inside running text, in the order of the text. A heading's title is the
     * longest template title (short or long form) the text goes on with, else the text up to the next white space
     * or sentence end (at most 40 characters), which must carry a keyword of the section, as a heading line must.
     * Table rows of table 三 (「四、结转下年度继续办理」) are not headings.
     */
    static List<Embedded> inRunningText(List<String> lines, Templates templates) {
        List<Embedded> found = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            // unlike heading lines, pipes are no sign of a table row here: a navigation bar (「首页 | 政务公开」) may
            // stand in front of the running text
            String text = Text.clean(lines.get(i));
            Matcher m = NUMERAL.matcher(text);
            while (m.find()) {
                if (m.start() > 0 && NOT_BEFORE.indexOf(text.charAt(m.start() - 1)) >= 0) {
                    continue;
                }
                int number = NUMERALS.indexOf(text.charAt(m.start())) + 1;
                if (seen.contains(number)) {
                    continue;
                }
                Embedded e = embedded(text, m.start(), m.end(), number, i + 1, templates);
                if (e != null) {
                    seen.add(number);
                    found.add(e);
                }
            }
        }
        return found;
    }

    private static Embedded embedded(String text, int start, int titleStart, int number, int line, Templates templates) {
        String rest = text.substring(titleStart);
        String numeral = text.substring(start, start + 1) + "、";
        // 「四、结转下年度继续办理0000000」: a row of table 三, not a heading
        for (int len = 2; len <= Math.min(40, rest.length()); len++) {
            if (templates.row3(Text.key(numeral + rest.substring(0, len))) != null) {
                return null;
            }
        }
        TemplateSpec.Section spec = templates.sections().get(number - 1);
        int titleEnd = -1;
        List<String> titles = new ArrayList<>();
        titles.add(spec.shortTitle());
        titles.addAll(spec.longTitles());
        for (String t : titles) {
            String want = Text.key(t);
            for (int len = 1; len <= Math.min(rest.length(), want.length() * 2 + 10); len++) {
                if (Text.key(rest.substring(0, len)).equals(want)) {
                    titleEnd = Math.max(titleEnd, titleStart + len);
                    break;
                }
            }
        }
        if (titleEnd < 0) {
            Matcher end = TITLE_END.matcher(rest);
            int len = end.find() ? end.start() : rest.length();
            if (len < 2 || len > 40) {
                return null;
            }
            titleEnd = titleStart + len;
        }
        String title = text.substring(titleStart, titleEnd).strip();
        String key = Text.key(title);
        if (key.contains("。") || spec.keywords().stream().noneMatch(k -> key.contains(Text.key(k)))) {
            return null;
        }
        // a full stop or colon after the title belongs to the heading (「六、其他需要报告的事项。」)
        int end = titleEnd;
        while (end < text.length() && "。：:.".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        title = title.replaceAll("[。：:.，,]+$", "").strip();
        boolean whole = text.substring(0, start).isBlank() && text.substring(end).isBlank();
        return new Embedded(new Heading(number, title, form(Text.key(title), spec), line), line, start, end, whole);
    }

    private static String form(String key, TemplateSpec.Section spec) {
        if (key.equals(Text.key(spec.shortTitle()))) {
            return "short";
        }
        for (String l : spec.longTitles()) {
            if (key.equals(Text.key(l))) {
                return "long";
            }
        }
        return "other";
    }
}
