package org.xxgk.check.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xxgk.check.template.SectionHeading;
import org.xxgk.check.template.SectionTitles;
import org.xxgk.check.template.Templates;
import org.xxgk.check.template.Text;

/**
 * Finds the headings of the six sections on lines of their own.
 *
 * <p>A heading is numbered with its section's numeral, 「五、」 (or 「五．」「五 」, or bare: 「五存在的主要问题…」, or
 * 「第五部分」), and its title is about that section: it holds a keyword of the section, or is near one of its
 * wordings (sections.yaml; a typo or a lost character is near). A title may run on into its first sentence on the
 * same line (「六、其他需要报告的事项：本年度未收取信息处理费。」); that text is the section's prose. Such a title,
 * and one after a bare numeral, must be near a wording, so that prose such as 「一是加强…」 or a list item
 * 「三、规范依申请公开办理。严格…」 is never a heading. Table rows that look alike
 * (「四、结转下年度继续办理」) are told apart by the template labels; sub-headings inside a section (「一、存在的问题」
 * under 五) by the keywords. The first heading of each number counts.
 *
 * <p>Some local formats number their parts otherwise (the narrative parts 一、二、三 and the tables 附表1–3). A section
 * not found by its numeral is then found by a line whose title is near one of its wordings, whatever its numbering;
 * the heading keeps the numbering as written, so that the difference is reported.
 */
final class SectionFinder {

    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:第\\s*([一二三四五六])\\s*部分|([一二三四五六])(?![一二三四五六七八九十]))\\s*([、.．，,:：]?)\\s*(.+)$");
    private static final Pattern OTHER_NUMBERING = Pattern.compile(
            "^((?:附\\s*)?表\\s*[一二三四五六1-6]|[（(][一二三四五六][)）]|[1-6]\\s*[、.．])?\\s*[、.．:：]?\\s*(.+)$");
    private static final Pattern CLOSING = Pattern.compile("[。：:.，,；;]+$");
    private static final Pattern OPENING = Pattern.compile("^[。：:.，,；;\\s]+");
    private static final Pattern STOP = Pattern.compile("[：:。]");
    /** What sets a body off from a title on the same line. */
    private static final String SET_OFF = "（(：:。，,；;—-";
    private static final String NUMERALS = "一二三四五六";
    /** Longer than this, a title is a sentence, not a heading. */
    private static final int MAX_TITLE = 40;

    private SectionFinder() {
    }

    /** A heading candidate read from one line. */
    private record Candidate(String numbering, String title, String body) {
    }

    static List<SectionHeading> find(List<String> lines, Templates templates) {
        SectionTitles titles = templates.sectionTitles();
        SectionHeading[] found = new SectionHeading[6];
        for (int i = 0; i < lines.size(); i++) {
            String text = heading(lines.get(i));
            if (text == null || text.charAt(0) != '第' && NUMERALS.indexOf(text.charAt(0)) < 0) {
                continue; // NUMBERED starts with one of these: most lines need no matcher
            }
            Matcher m = NUMBERED.matcher(text);
            if (!m.matches() || templates.row3(Text.key(text)) != null) {
                continue;
            }
            int number = NUMERALS.indexOf(m.group(1) != null ? m.group(1) : m.group(2)) + 1;
            if (found[number - 1] != null) {
                continue;
            }
            String numbering = text.substring(0, m.start(4)).strip();
            boolean bare = m.group(1) == null && m.group(3).isEmpty();
            if (bare && !titles.mayStart(number, m.group(4).charAt(0))) {
                continue; // 「一是加强…」: prose, not a title
            }
            Candidate c = candidate(numbering, m.group(4), number, titles);
            if (c == null) {
                continue;
            }
            String key = Text.key(c.title());
            // a title that runs on into its body, or stands after a bare numeral, must be near a wording of the
            // section: keywords alone would take 「三、规范依申请公开办理。严格…」 in a list for a heading
            if (bare || !c.body().isEmpty() ? titles.near(number, key) : titles.about(number, key)) {
                found[number - 1] = new SectionHeading(number, c.numbering(), c.title(), titles.form(number, key),
                        i + 1, c.body());
            }
        }
        boolean missing = false;
        for (SectionHeading h : found) {
            missing |= h == null;
        }
        for (int i = 0; missing && i < lines.size(); i++) {
            String text = heading(lines.get(i));
            if (text == null || text.length() > MAX_TITLE + 12 || templates.row3(Text.key(text)) != null
                    || taken(found, i + 1)) {
                continue;
            }
            Matcher m = OTHER_NUMBERING.matcher(text);
            if (!m.matches()) {
                continue;
            }
            String numbering = m.group(1) == null ? "" : m.group(1).strip();
            Matcher n = NUMBERED.matcher(text);
            if (n.matches()) {
                numbering = text.substring(0, n.start(4)).strip();
            }
            String title = CLOSING.matcher(n.matches() ? n.group(4) : m.group(2)).replaceAll("").strip();
            if (title.length() > MAX_TITLE) {
                continue;
            }
            int number = titles.nearest(Text.key(title));
            if (number == 0 || found[number - 1] != null) {
                continue;
            }
            found[number - 1] = new SectionHeading(number, numbering, title, titles.form(number, Text.key(title)),
                    i + 1, "");
        }
        List<SectionHeading> headings = new ArrayList<>();
        for (SectionHeading h : found) {
            if (h != null) {
                headings.add(h);
            }
        }
        headings.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return headings;
    }

    /**
     * A line that may be a heading, cleaned; null for table rows (cells separated by tabs or pipes). A table row
     * with a single cell of text is that text: a Markdown copy of a PDF often puts a heading into a table row
     * (「| 四、政府信息公开行政复议、行政诉讼情况 | | |」).
     */
    private static String heading(String raw) {
        if (raw.indexOf('\t') >= 0 || raw.indexOf('|') >= 0) {
            String only = null;
            char[] chars = raw.toCharArray();
            int from = 0;
            for (int i = 0; i <= chars.length; i++) {
                if (i < chars.length && chars[i] != '\t' && chars[i] != '|') {
                    continue;
                }
                // a field of spaces is empty when cleaned: no copy, no cleaning (most fields of a row)
                String text = Text.cleansAway(chars, from, i) ? "" : Text.clean(raw.substring(from, i));
                from = i + 1;
                if (text.isEmpty()) {
                    continue;
                }
                if (only != null) {
                    return null;
                }
                only = text;
            }
            return only;
        }
        String text = Text.clean(raw);
        return text.isEmpty() ? null : text;
    }

    private static boolean taken(SectionHeading[] found, int line) {
        for (SectionHeading h : found) {
            if (h != null && h.line() == line) {
                return true;
            }
        }
        return false;
    }

    /**
     * The title and the body after it on the line. A title near a wording of the section ends where the wording
     * ends when what follows is set off (「六、其他需要报告的事项（本年度未收取信息处理费）」「六、其他需要报告的事项：无」)
     * or is a sentence of its own; a line too long for a title is a title that runs on into its first sentence
     * (「五、存在的主要问题及改进措施一是…」), cut where a wording ends or at the first 「：」「。」. A short line is all
     * title. Null when no title of a heading's length can be cut off.
     */
    private static Candidate candidate(String numbering, String rest, int number, SectionTitles titles) {
        String whole = CLOSING.matcher(rest).replaceAll("").strip();
        boolean fits = whole.length() <= MAX_TITLE && !Text.key(whole).contains("。");
        if (fits && !setOff(whole)) {
            return new Candidate(numbering, whole, ""); // nothing sets a body off: all of it is the title
        }
        int end = titles.prefix(number, rest);
        if (end > 0 && end < rest.length()) {
            String after = rest.substring(end).strip();
            boolean setOff = !after.isEmpty() && SET_OFF.indexOf(after.charAt(0)) >= 0;
            if (setOff || !fits || after.length() >= 6) {
                return split(numbering, rest, end);
            }
        }
        if (fits) {
            return new Candidate(numbering, whole, "");
        }
        if (end < 0) {
            Matcher stop = STOP.matcher(rest);
            end = stop.find() ? stop.start() : -1;
        }
        return end <= 0 || end > MAX_TITLE ? null : split(numbering, rest, end);
    }

    /** Whether something in the text (after its first character) could set a body off from a title. */
    private static boolean setOff(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (SET_OFF.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static Candidate split(String numbering, String rest, int end) {
        String title = CLOSING.matcher(rest.substring(0, end)).replaceAll("").strip();
        String body = OPENING.matcher(rest.substring(end)).replaceAll("").strip();
        // a remark in brackets after the title is the body without its brackets
        if (body.length() >= 2 && "（(".indexOf(body.charAt(0)) >= 0 && "）)".indexOf(body.charAt(body.length() - 1)) >= 0) {
            body = body.substring(1, body.length() - 1).strip();
        }
        return title.isEmpty() ? null : new Candidate(numbering, title, body);
    }
}
