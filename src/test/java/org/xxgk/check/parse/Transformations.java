package org.xxgk.check.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.fact.Section;
import org.xxgk.check.template.TemplateSpec;
import org.xxgk.check.template.Templates;

/**
 * What happens to a report on its way to the reviewer, as small named functions of its text. Each changes only
 * how the report is written, never what it says, so the findings must stay the same: the metamorphic suite
 * ({@link MetamorphicTest}) checks that. A transformation that cannot apply to a report (no table row with two
 * separators to blank) leaves it as it is.
 */
final class Transformations {

    /** A transformation of a report's text, knowing the facts of the original. */
    interface Change {
        String apply(String text, ReportFacts facts);
    }

    /**
     * A named transformation.
     *
     * @param name    how a failure names it
     * @param change  the change
     * @param mayAdd  rules whose findings it may add by design (a variant title is a SECTION-TITLE note)
     * @param mayLose rules whose findings it may turn into a TABLE-DIGITS-MISMATCH: a crawler's copy runs a row's
     *                digits together, and a row whose total is wrong in the original has no split that fits its
     *                total, so the copy says so instead of naming the wrong total
     */
    record Transformation(String name, Change change, Set<String> mayAdd, Set<String> mayLose) {

        Transformation(String name, Change change, Set<String> mayAdd) {
            this(name, change, mayAdd, Set.of());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Pattern TABLE_ROW = Pattern.compile(".*[\\t|].*");
    private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{2,}.*$");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");
    private static final Pattern HEADING = Pattern.compile("^(\\s*(?:#{1,6}\\s*)?(?:\\*\\*)?)([一二三四五六])\\s*、\\s*(.*)$");

    private Transformations() {
    }

    static List<Transformation> textual() {
        return List.of(
                new Transformation("标题换用 sections.yaml 中的其他写法", Transformations::headingVariants,
                        Set.of("SECTION-TITLE")),
                new Transformation("编号后的“、”去掉", Transformations::withoutPauseMarks, Set.of()),
                new Transformation("爬虫复制（丢了换行和单元格分隔）",
                        (text, facts) -> CollapsedFixtures.collapse(text, CollapsedFixtures.Variant.PLAIN),
                        Set.of("TABLE-DIGITS-AMBIGUOUS", "TABLE-DIGITS-INFERRED"),
                        Set.of("TABLE-ROW-TOTAL", "TABLE-SUBTOTAL", "TABLE-REVIEW-TOTAL", "TABLE-RESULT-TOTAL",
                                "TABLE-BALANCE")),
                new Transformation("第三部分表格拆成几张 Markdown 小表（表头写作“数据1”…）", Transformations::table3AsMarkdownParts,
                        Set.of()),
                new Transformation("全为0的行中部分格留空", Transformations::blankZeros, Set.of()),
                new Transformation("全为0的行只写总计，申请人各列留空", Transformations::totalOnlyZeros, Set.of()),
                new Transformation("从分页的文档复制：页码行夹在表格、正文中间和落款之后", Transformations::pageMarks,
                        Set.of()),
                new Transformation("从 PDF 复制的文本：第三部分表格以空格分隔，长行名在单元格里折行",
                        Transformations::wrappedLabels, Set.of()));
    }

    /**
     * A page mark (in turn 「- 3 -」「第3页 共9页」「P. 3」「Page 3 - 标题」「— 3 —」) after every eleventh line from the
     * tenth on, wherever it falls (inside a table, between a row's label and its values, in prose), and one after the
     * last line: what a copy from a PDF viewer, a page-turning e-book or a Word file with footers keeps.
     */
    static String pageMarks(String text, ReportFacts facts) {
        List<String> lines = lines(text);
        List<String> out = new ArrayList<>();
        int page = 1;
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i));
            if (i >= 9 && (i - 9) % 11 == 0 || i == lines.size() - 1) {
                page++;
                out.add(switch (page % 5) {
                    case 0 -> "- " + page + " -";
                    case 1 -> "第" + page + "页 共9页";
                    case 2 -> "P. " + page;
                    case 3 -> "Page " + page + " - 政府信息公开工作年度报告";
                    default -> "— " + page + " —";
                });
            }
        }
        return join(out, text);
    }

    /**
     * Table 三 as text copied from a PDF: each row (tabs or pipes) whose fields are its labels and seven values, all
     * given, written with single spaces, and the row's own label (its last label cell) wrapped as its cell wraps it
     * when longer than 12 characters: the first 12 characters on a line of their own and the rest with the values, or
     * (every other wrapped row) the values after the first 12 characters and the rest on the next line. Rows with a blank cell stay as they are
     * (spaces cannot keep a blank's place).
     */
    static String wrappedLabels(String text, ReportFacts facts) {
        int[] span = table3(facts);
        if (span == null) {
            return text;
        }
        List<String> lines = lines(text);
        List<String> out = new ArrayList<>(lines.subList(0, span[0] - 1));
        boolean valuesFirst = false;
        for (int i = span[0]; i <= span[1]; i++) {
            String line = lines.get(i - 1);
            if (!TABLE_ROW.matcher(line).matches() || MARKDOWN_RULE.matcher(line).matches()) {
                out.add(line);
                continue;
            }
            String sep = line.indexOf('|') >= 0 ? "|" : "\t";
            List<String> labels = new ArrayList<>();
            List<String> values = new ArrayList<>();
            boolean blank = false;
            String[] fields = line.split(Pattern.quote(sep), -1);
            int first = sep.equals("|") && line.strip().startsWith("|") ? 1 : 0;
            int last = sep.equals("|") && line.strip().endsWith("|") ? fields.length - 2 : fields.length - 1;
            for (int f = first; f <= last; f++) {
                String c = fields[f].strip();
                if (NUMBER.matcher(c).matches()) {
                    values.add(c);
                } else if (!c.isEmpty()) {
                    blank |= !values.isEmpty(); // a label after values: not one row
                    labels.add(c);
                } else if (!values.isEmpty()) {
                    blank = true;
                }
            }
            if (blank || values.size() != 7 || labels.isEmpty()) {
                out.add(line);
                continue;
            }
            // the row's own label cell wraps; a group label's cell before it stays as it is
            String own = labels.remove(labels.size() - 1);
            String before = labels.isEmpty() ? "" : String.join(" ", labels) + " ";
            String vals = String.join(" ", values);
            if (own.length() <= 12) {
                out.add(before + own + " " + vals);
            } else if (valuesFirst) {
                out.add(before + own.substring(0, 12) + " " + vals);
                out.add(own.substring(12));
                valuesFirst = false;
            } else {
                out.add(before + own.substring(0, 12));
                out.add(own.substring(12) + " " + vals);
                valuesFirst = true;
            }
        }
        out.addAll(lines.subList(span[1], lines.size()));
        return join(out, text);
    }

    /** Each heading's title replaced by a variant of its section from sections.yaml (the first that differs). */
    static String headingVariants(String text, ReportFacts facts) {
        List<String> lines = lines(text);
        List<TemplateSpec.Section> specs = Templates.builtIn().sections();
        for (Section s : facts.sections()) {
            Matcher m = HEADING.matcher(lines.get(s.line() - 1));
            if (!m.matches()) {
                continue;
            }
            List<String> variants = specs.get(s.number() - 1).variants();
            String variant = variants.stream().filter(v -> !v.equals(s.title())).findFirst().orElse(null);
            if (variant != null) {
                lines.set(s.line() - 1, m.group(1) + m.group(2) + "、" + variant);
            }
        }
        return join(lines, text);
    }

    /** 「一、总体情况」 → 「一总体情况」 on every heading line. */
    static String withoutPauseMarks(String text, ReportFacts facts) {
        List<String> lines = lines(text);
        for (Section s : facts.sections()) {
            Matcher m = HEADING.matcher(lines.get(s.line() - 1));
            if (m.matches()) {
                lines.set(s.line() - 1, m.group(1) + m.group(2) + m.group(3));
            }
        }
        return join(lines, text);
    }

    /**
     * Table 三 as a Markdown copy of a PDF writes it: one pipe row per table row (a label line followed by lines of
     * numbers is one row), cut into parts of eight rows, each part under a placeholder header 「| 项目 | 数据1 | … |」.
     */
    static String table3AsMarkdownParts(String text, ReportFacts facts) {
        int[] span = table3(facts);
        if (span == null) {
            return text;
        }
        List<String> lines = lines(text);
        List<List<String>> rows = new ArrayList<>();
        for (int i = span[0]; i <= span[1]; i++) {
            String line = lines.get(i - 1);
            if (MARKDOWN_RULE.matcher(line).matches() || line.isBlank()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String c : line.split("[\\t|]")) {
                if (!c.isBlank()) {
                    cells.add(c.strip());
                }
            }
            if (cells.size() == 1 && NUMBER.matcher(cells.get(0)).matches() && !rows.isEmpty()) {
                rows.get(rows.size() - 1).add(cells.get(0));
            } else if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        List<String> out = new ArrayList<>(lines.subList(0, span[0] - 1));
        for (int r = 0; r < rows.size(); r++) {
            if (r % 8 == 0) {
                out.add("");
                StringBuilder header = new StringBuilder("| 项目 |");
                StringBuilder rule = new StringBuilder("| --- |");
                for (int k = 1; k <= 7; k++) {
                    header.append(" 数据").append(k).append(" |");
                    rule.append(" --- |");
                }
                out.add(header.toString());
                out.add(rule.toString());
            }
            out.add("| " + String.join(" | ", rows.get(r)) + " |");
        }
        out.add("");
        out.addAll(lines.subList(span[1], lines.size()));
        return join(out, text);
    }

    /**
     * In each table-三 row whose values are all 0, every second value between the first and the last left blank (a
     * blank between two values is a blank cell in text too). Rows written one cell per line have no place for a
     * blank and stay as they are.
     */
    static String blankZeros(String text, ReportFacts facts) {
        return blankInZeroRows(text, facts, values -> {
            List<Integer> blank = new ArrayList<>();
            for (int k = 1; k < values.size() - 1; k += 2) {
                blank.add(values.get(k));
            }
            return values.size() < 3 ? List.of() : blank;
        });
    }

    /**
     * In each table-三 row whose seven values are all 0, every value but the last (总计) left blank, as many web pages
     * write a row of nothing: 「| 二、上年结转… | | | | | | | 0 |」. Rows written one cell per line stay as they are.
     */
    static String totalOnlyZeros(String text, ReportFacts facts) {
        return blankInZeroRows(text, facts,
                values -> values.size() == 7 ? values.subList(0, values.size() - 1) : List.of());
    }

    /**
     * Each table-三 row (pipes or tabs) whose values are all 0 with the fields {@code chosen} picks among its values'
     * field indexes left blank.
     */
    private static String blankInZeroRows(String text, ReportFacts facts,
                                          Function<List<Integer>, List<Integer>> chosen) {
        int[] span = table3(facts);
        if (span == null) {
            return text;
        }
        List<String> lines = lines(text);
        for (int i = span[0]; i <= span[1]; i++) {
            String line = lines.get(i - 1);
            if (!TABLE_ROW.matcher(line).matches() || MARKDOWN_RULE.matcher(line).matches()) {
                continue;
            }
            String sep = line.indexOf('|') >= 0 ? "|" : "\t";
            String[] fields = line.split(Pattern.quote(sep), -1);
            List<Integer> values = new ArrayList<>();
            boolean allZero = true;
            for (int f = 0; f < fields.length; f++) {
                String c = fields[f].strip();
                if (NUMBER.matcher(c).matches()) {
                    values.add(f);
                    allZero &= c.equals("0");
                } else if (!c.isEmpty() && !values.isEmpty()) {
                    allZero = false; // a label after values: not one row
                }
            }
            if (!allZero) {
                continue;
            }
            for (int f : chosen.apply(values)) {
                fields[f] = sep.equals("|") ? " " : "";
            }
            lines.set(i - 1, String.join(sep, fields));
        }
        return join(lines, text);
    }

    /** The lines of table 三: from section 三's heading to the next section's heading, or null. */
    private static int[] table3(ReportFacts facts) {
        Section three = facts.sections().stream().filter(s -> s.number() == 3).findFirst().orElse(null);
        if (three == null) {
            return null;
        }
        return new int[] {three.line() + 1, three.endLine()};
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    private static String join(List<String> lines, String original) {
        return String.join("\n", lines);
    }
}
