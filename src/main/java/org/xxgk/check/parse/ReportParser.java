package org.xxgk.check.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;

import org.xxgk.check.crawl.RunningText;
import org.xxgk.check.fact.Claim;
import org.xxgk.check.fact.Problem;
import org.xxgk.check.fact.Report;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.fact.Section;
import org.xxgk.check.fact.Sentence;
import org.xxgk.check.fact.TemplateMarker;
import org.xxgk.check.input.InputException;
import org.xxgk.check.input.ReportText;
import org.xxgk.check.template.SectionHeading;
import org.xxgk.check.template.SectionTitles;
import org.xxgk.check.template.Templates;
import org.xxgk.check.template.Text;

/**
 * Report text → facts. Thread-safe: one parser serves a whole batch.
 *
 * <p>A report whose line breaks were lost (a crawler's copy: one long line, headings inside it) is first cut into
 * virtual lines by {@link RunningText}; everything below reads those, and every fact reports the line of the
 * report the virtual line came from.
 */
public final class ReportParser {

    private final Templates templates;
    private final ClaimExtractor claimExtractor;
    private final AgencyReader agencyReader;

    public ReportParser(Templates templates) {
        this.templates = templates;
        this.claimExtractor = new ClaimExtractor(templates);
        this.agencyReader = new AgencyReader(templates);
    }

    /**
     * Parses one report.
     *
     * @param file the path as given, recorded in the facts
     * @param text the report text
     * @throws InputException when the text holds neither a section heading, nor a table, nor a report title
     */
    public ReportFacts parse(String file, String text) throws InputException {
        return parse(file, text, false);
    }

    /**
     * Parses a report read from a file: for HTML, DOCX and PDF, whose tables come with one field per cell, a blank
     * cell before a row's first value or after its last is a blank cell too (in text, such empty fields are as often
     * a merged label's second column or a stray separator).
     */
    public ReportFacts parse(String file, ReportText text) throws InputException {
        return parse(file, text.text(), text.converted());
    }

    private ReportFacts parse(String file, String text, boolean cellPerField) throws InputException {
        List<String> physical = withoutPageMarks(Text.lines(text));
        List<SectionHeading> ownLines = SectionFinder.find(physical, templates);
        RunningText.Layout layout = RunningText.of(physical, ownLines, templates);
        List<String> lines = layout == null ? physical : layout.lines();
        IntUnaryOperator at = layout == null ? IntUnaryOperator.identity() : layout::physical;
        List<SectionHeading> headings = layout == null ? ownLines : layout.headings();
        Title t = layout == null ? title(lines, headings) : title(layout.title());

        int[] sectionOf = new int[lines.size() + 2];
        int[] ends = new int[headings.size()];
        Set<Integer> headingLines = new HashSet<>();
        for (int h = 0; h < headings.size(); h++) {
            headingLines.add(headings.get(h).line());
        }
        // A section runs to the next heading in the text, whatever its number.
        List<SectionHeading> byLine = new ArrayList<>(headings);
        byLine.sort((a, b) -> Integer.compare(a.line(), b.line()));
        for (int h = 0; h < byLine.size(); h++) {
            int start = byLine.get(h).line();
            int next = h + 1 < byLine.size() ? byLine.get(h + 1).line() : lines.size() + 1;
            for (int line = start; line < next; line++) {
                sectionOf[line] = byLine.get(h).number();
            }
            int end = next - 1;
            while (end > start && Text.isBlank(lines.get(end - 1))) {
                end--;
            }
            ends[headings.indexOf(byLine.get(h))] = end;
        }

        Set<Integer> tableLines = new HashSet<>();
        TableReader reader = readTables(lines, headings, headingLines, layout, tableLines, cellPerField);
        // The prose: every line but tables, the title and headings; a heading line keeps the text after its title.
        List<String> prose = new ArrayList<>(lines);
        tableLines.forEach(l -> prose.set(l - 1, ""));
        t.lines.forEach(l -> prose.set(l - 1, ""));
        headings.forEach(h -> prose.set(h.line() - 1, h.body()));

        List<Claim> claims = new ArrayList<>();
        claims.addAll(claimExtractor.extract(prose, sectionOf));
        claims.addAll(claimExtractor.sectionNone(prose, headings, ends));
        List<Sentence> sentences = Sentences.of(prose, sectionOf);
        claims.addAll(claimExtractor.sectionBrief(sentences, headings));
        claims.addAll(claimExtractor.signatureDate(lines, sectionOf));
        AgencyReader.Agency agency = agencyReader.read(t.agency, t.line, lines, sectionOf);
        claims.addAll(agency.claims());

        Integer year = t.year;
        if (year == null) {
            year = claims.stream().filter(c -> c.kind().equals("statistics-year")).map(c -> Integer.valueOf(c.value()))
                    .findFirst().orElse(null);
        }
        if (layout != null) {
            claims.replaceAll(c -> new Claim(c.kind(), c.value(), at.applyAsInt(c.line()), c.section(), c.text()));
        }
        String template = detect(reader.markers);
        String expected = year != null ? (year >= 2021 ? Templates.T2021 : Templates.T2019)
                : template.equals(Templates.T2019) ? Templates.T2019 : Templates.T2021;
        reader.finish(expected, claims);

        if (headings.isEmpty() && reader.tables.isEmpty() && t.agency == null && t.year == null) {
            throw new InputException("未识别出年报内容：没有找到标题、“一、总体情况”等部分标题或统计表格");
        }

        List<Section> sections = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            SectionHeading heading = headings.get(h);
            sections.add(new Section(heading.number(), heading.title(), heading.form(), at.applyAsInt(heading.line()),
                    at.applyAsInt(ends[h]), proseLength(prose, heading.line(), ends[h]), heading.numbering()));
        }
        List<Problem> problems = new ArrayList<>(reader.problems);
        problems.addAll(notFound(headings));
        // A final line break ends the last line; it does not open another (a file of 73 lines ending in "\n" has 73).
        int lineCount = physical.size() > 1 && physical.get(physical.size() - 1).isEmpty() ? physical.size() - 1
                : physical.size();
        Report report = new Report(file, agency.name(), templates.agencyLevel(agency.name()), year,
                at.applyAsInt(t.line), template, lineCount, t.agency);
        if (layout != null) {
            sentences.replaceAll(x -> new Sentence(x.section(), at.applyAsInt(x.line()), x.text()));
        }
        return new ReportFacts(report, sections, reader.tables, reader.cells, claims, problems, reader.markers,
                sentences);
    }

    /**
     * For each section without a heading, what was searched for, so that the reviewer can tell a missing section
     * from a heading written in a way the finder does not know.
     */
    private List<Problem> notFound(List<SectionHeading> headings) {
        SectionTitles titles = templates.sectionTitles();
        List<Problem> problems = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            int number = n;
            if (headings.stream().anyMatch(h -> h.number() == number)) {
                continue;
            }
            String numeral = String.valueOf("一二三四五六".charAt(n - 1));
            problems.add(new Problem("section-not-found", "", numeral, "", 0,
                    "查找了编号为“" + numeral + "、”（或“" + numeral + "”“第" + numeral + "部分”）、标题含“"
                            + String.join("”“", titles.keywords(n)) + "”之一的标题行，以及标题与“" + titles.shortTitle(n)
                            + "”及其常见写法相近的标题行（编号不限），都没有找到"));
        }
        return problems;
    }

    /**
     * Reads tables from the first of sections 二–四 to the first later section 五 or 六 (or the end).
     *
     * @param tableLines receives the (virtual) lines that held table content
     */
    private TableReader readTables(List<String> lines, List<SectionHeading> headings, Set<Integer> headingLines,
                                   RunningText.Layout layout, Set<Integer> tableLines, boolean cellPerField) {
        TableReader reader = new TableReader(templates, cellPerField);
        int start = headings.stream().filter(h -> h.number() >= 2 && h.number() <= 4)
                .mapToInt(SectionHeading::line).min().orElse(1);
        int end = headings.stream().filter(h -> h.number() >= 5 && h.line() > start)
                .mapToInt(SectionHeading::line).min().orElse(lines.size() + 1);
        List<String> joined = layout == null
                ? WrappedLabels.join(lines, start, end, headingLines, reader.tokens()) : lines;
        for (int line = start; line < end; line++) {
            if (headingLines.contains(line)) {
                reader.heading();
            } else if (layout == null) {
                reader.line(joined.get(line - 1), line);
                if (joined.get(line - 1).isEmpty() && !lines.get(line - 1).isEmpty()) {
                    tableLines.add(line); // part of a wrapped label, read on another line
                }
            } else if (hasSeparators(lines.get(line - 1))) {
                // a copy that lost its line breaks but kept the table's pipes or tabs (「… 行政处罚 | 12 | | 行政强制 |
                // 5 | …」): its cells are as separated as a table's, only its rows run on
                if (reader.line(lines.get(line - 1), layout.physical(line))) {
                    tableLines.add(line);
                }
            } else if (reader.runningText(lines.get(line - 1), layout.physical(line))) {
                tableLines.add(line);
            }
        }
        reader.close();
        if (layout == null) {
            tableLines.addAll(reader.tableLines);
        }
        return reader;
    }

    /** Whether a stretch of running text kept cell separators: pipes or tabs between at least three cells. */
    private static boolean hasSeparators(String text) {
        return text.chars().filter(c -> c == '|' || c == '\t').count() >= 2;
    }

    private static int proseLength(List<String> prose, int from, int to) {
        int n = 0;
        for (int line = from; line <= to; line++) {
            n += Text.compact(Text.clean(prose.get(line - 1))).length();
        }
        return n;
    }

    private static String detect(List<TemplateMarker> markers) {
        boolean has2021 = markers.stream().anyMatch(m -> m.template().equals(Templates.T2021));
        boolean has2019 = markers.stream().anyMatch(m -> m.template().equals(Templates.T2019));
        if (has2021 && has2019) {
            return "mixed";
        }
        return has2021 ? Templates.T2021 : has2019 ? Templates.T2019 : "unknown";
    }

    /** The title: agency, year, the line the agency stands on, and the lines the title spans. */
    private record Title(String agency, Integer year, int line, Set<Integer> lines) {
    }

    /** The title of a report whose line breaks were lost, as {@link RunningText} found it. */
    private static Title title(RunningText.Title found) {
        if (found == null) {
            return new Title(null, null, 0, Set.of());
        }
        return new Title(found.agency(), found.year(), found.line(), Set.of(found.line()));
    }

    /**
     * The lines with each page mark a paginated document left in a copy (「- 3 -」「第3页 共10页」「P. 9」: tables.yaml's
     * {@code page-marks}) blanked: between two rows of a table, in a section's prose or after the signature, a page
     * mark is no part of the report. Line numbers stay.
     */
    private List<String> withoutPageMarks(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (mayBePageMark(line) && templates.isPageMark(Text.clean(line))) {
                lines.set(i, "");
            }
        }
        return lines;
    }

    /**
     * Whether a line may clean to a page mark, by its first character that cleaning keeps: every page mark begins
     * with a dash, 第, 共 or P. A line whose first such character is another ASCII character or another Chinese
     * character (both as NFKC leaves them) is none; any other character is left to {@link Templates#isPageMark}.
     * (Most lines are settled here, without cleaning or a matcher.)
     */
    static boolean mayBePageMark(String line) {
        if (line.length() > 100) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c <= ' ' || c == '#' || c == '*' || c == '_' || c == '`') {
                continue; // removed by cleaning, or white space
            }
            if (c < 0x80) {
                return c == '-' || c == 'P' || c == 'p';
            }
            if (c >= '\u4E00' && c <= '\u9FFF') {
                return c == '第' || c == '共';
            }
            return true;
        }
        return false;
    }

    /**
     * The title is read from the first lines before the first heading, skipping breadcrumbs and publication
     * details (which become claims of their own), and stopping at the first paragraph of prose.
     */
    private Title title(List<String> lines, List<SectionHeading> headings) {
        int limit = headings.stream().mapToInt(SectionHeading::line).min().orElse(lines.size() + 1);
        StringBuilder joined = new StringBuilder();
        List<int[]> offsets = new ArrayList<>();
        int taken = 0;
        for (int i = 0; i < lines.size() && i + 1 < limit && taken < templates.reportMeta().title().maxLines(); i++) {
            String text = Text.clean(lines.get(i));
            if (text.isEmpty()) {
                continue;
            }
            if (templates.isTitleNoise(text)) {
                continue;
            }
            if (text.length() > 60) {
                break;
            }
            offsets.add(new int[] {joined.length(), i + 1});
            joined.append(Text.compact(text));
            taken++;
        }
        Matcher m = templates.titlePattern().matcher(joined);
        if (!m.find()) {
            return new Title(null, null, 0, Set.of());
        }
        String agency = m.group("agency").replaceAll("^[#*\\s]+", "");
        int at = agency.isEmpty() ? m.start("year") : m.start("agency");
        int line = 0;
        Set<Integer> spanned = new HashSet<>();
        for (int[] o : offsets) {
            if (o[0] <= at) {
                line = o[1];
            }
            if (o[0] < m.end()) {
                spanned.add(o[1]);
            }
        }
        return new Title(agency.isEmpty() ? null : agency, Integer.valueOf(m.group("year")), line, spanned);
    }
}
