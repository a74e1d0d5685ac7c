package org.xxgk.check.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xxgk.check.template.SectionHeading;
import org.xxgk.check.template.Templates;
import org.xxgk.check.template.Text;

/**
 * Reports whose line breaks were lost. A crawler that copies a web page collapses every run of white space, so the
 * whole report becomes one line (or a few, after a page header or navigation text):
 * 「…培训4次。 二、主动公开政府信息情况 第二十条第（一）项信息内容本年制发件数…规章000行政规范性文件77132470 …」.
 *
 * <p>Such a report is recognised by its section headings: they stand inside running text, at least two of them, and
 * more sections are found that way than from headings on lines of their own. It is then cut into pieces the rest of
 * the parser reads as lines ("virtual lines"): the title, each heading, the sentences of the prose (a line break
 * was most likely where white space follows 「。」), short lines such as the signature, and the stretches of table
 * between headings. Every piece keeps the number of the line it came from, and that number is what facts and
 * findings report: in a one-line report, line 1.
 */
public final class RunningText {

    /** Where a line break most likely was: white space after a sentence, or before a Markdown heading mark. */
    private static final Pattern PARAGRAPH = Pattern.compile("(?<=[。！？!?])\\s+|\\s+(?=#{1,6}\\s)");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；！？;!?]");
    private static final Pattern WORD_START = Pattern.compile("(?:^|(?<=\\s))\\S");
    /** A short piece without a sentence in it is a line of its own in the original (signature, date, crumbs). */
    private static final int SHORT_LINE = 60;

    /**
     * The report cut into virtual lines.
     *
     * @param lines    the virtual lines
     * @param physical per virtual line (0-based), the line of the report it came from (1-based)
     * @param headings the section headings, by virtual line
     * @param title    the title, by virtual line, or null when none was found
     */
    public record Layout(List<String> lines, int[] physical, List<SectionHeading> headings, Title title) {

        /** The report's line for a virtual line (both 1-based); 0 stays 0. */
        public int physical(int virtualLine) {
            return virtualLine <= 0 ? 0 : physical[Math.min(virtualLine, physical.length) - 1];
        }
    }

    /** The report title as found in running text: agency (or null), year, and its virtual line. */
    public record Title(String agency, Integer year, int line) {
    }

    private final Templates templates;
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> physical = new ArrayList<>();
    private final List<SectionHeading> headings = new ArrayList<>();
    private Title title;
    private int section;

    private RunningText(Templates templates) {
        this.templates = templates;
    }

    /**
     * The layout of a report whose line breaks were lost, or null when its headings stand on lines of their own.
     *
     * @param headings the headings found on lines of their own (the section finder)
     */
    public static Layout of(List<String> report, List<SectionHeading> headings, Templates templates) {
        if (headings.stream().map(SectionHeading::number).distinct().count() == 6) {
            return null; // every heading on a line of its own: running text cannot find more
        }
        List<EmbeddedHeadings.Embedded> running = EmbeddedHeadings.find(report, templates);
        long inside = running.stream().filter(e -> !e.whole()).count();
        long ownLines = headings.stream().map(SectionHeading::number).distinct().count();
        if (inside < 2 || running.size() <= ownLines) {
            return null;
        }
        RunningText r = new RunningText(templates);
        for (int i = 0; i < report.size(); i++) {
            int line = i + 1;
            String text = Text.clean(report.get(i));
            int cursor = 0;
            for (EmbeddedHeadings.Embedded e : running) {
                if (e.line() != line) {
                    continue;
                }
                // Markdown heading marks before a heading (「## 二、…」) belong to neither side
                r.body(text.substring(cursor, e.start()).replaceAll("[#*\\s]+$", ""), line);
                r.add(text.substring(e.start(), e.end()), line);
                SectionHeading h = e.heading();
                r.headings.add(new SectionHeading(h.number(), h.numbering(), h.title(), h.form(), r.lines.size(), ""));
                r.section = h.number();
                cursor = e.end();
            }
            r.body(text.substring(cursor), line);
        }
        int[] physical = r.physical.stream().mapToInt(Integer::intValue).toArray();
        return new Layout(List.copyOf(r.lines), physical, List.copyOf(r.headings), r.title);
    }

    private void add(String text, int line) {
        lines.add(text.strip());
        physical.add(line);
    }

    /** A stretch between headings: the title (before the first heading), then sentences and short lines. */
    private void body(String text, int line) {
        if (text.isBlank()) {
            if (lines.isEmpty() || physical.get(physical.size() - 1) != line) {
                add("", line);
            }
            return;
        }
        if (section == 0 && title == null) {
            int[] span = title(text);
            if (span != null) {
                body(text.substring(0, span[0]), line);
                add(text.substring(span[0], span[1]), line);
                title = new Title(agency, year, lines.size());
                body(text.substring(span[1]), line);
                return;
            }
        }
        boolean table = section >= 2 && section <= 4;
        for (String sentence : PARAGRAPH.split(text.strip())) {
            if (!table && sentence.length() <= SHORT_LINE && !SENTENCE_END.matcher(sentence).find()) {
                for (String word : sentence.split("\\s+")) {
                    add(word, line);
                }
            } else {
                add(sentence, line);
            }
        }
    }

    private String agency;
    private Integer year;

    /**
     * Where the title stands in running text: the first place, at the start of a word, where the title pattern of
     * report.yaml matches with a plausible agency (one word right before the year, not navigation or publication
     * details, not starting with a digit), else the first match without one. Null when there is none.
     */
    private int[] title(String text) {
        int[] fallback = null;
        Integer fallbackYear = null;
        Matcher word = WORD_START.matcher(text);
        while (word.find() && word.start() < 400) {
            Matcher m = templates.titlePattern().matcher(text.substring(word.start()));
            if (!m.find() || m.end() > 120) {
                continue;
            }
            // the agency is the word before the year (「… 打印本页 赣州经济技术开发区机关事务管理中心 2024 年…」)
            if (!m.group("agency").strip().matches("\\S*")) {
                continue;
            }
            String a = Text.compact(m.group("agency")).replaceAll("^[#*]+", "");
            int[] span = {word.start(), word.start() + m.end()};
            if (a.isEmpty()) {
                if (fallback == null) {
                    fallback = span;
                    fallbackYear = Integer.valueOf(m.group("year"));
                }
                continue;
            }
            if (a.length() <= 40 && !Character.isDigit(a.charAt(0))
                    && !templates.isTitleNoise(a)) {
                agency = a;
                year = Integer.valueOf(m.group("year"));
                return span;
            }
        }
        if (fallback != null) {
            agency = null;
            year = fallbackYear;
        }
        return fallback;
    }
}
