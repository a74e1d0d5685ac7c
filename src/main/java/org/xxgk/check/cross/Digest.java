package org.xxgk.check.cross;

import java.util.List;

import org.xxgk.check.fact.Report;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.fact.Section;
import org.xxgk.check.fact.Table;

/**
 * What the cross-report phase keeps of a report once it is parsed and checked: who and which year, the cells of
 * tables 二 and 三 packed, the tables' lines, and the sampled phrases of sections 一 and 五 with their sentences'
 * lines and first words. About 3–5 KB for a typical report: no facts, no text.
 *
 * @param report the report fact (file, agency, year, title line, template)
 * @param cells  the cells of tables 二 and 三
 * @param tables tables 二 and 三 (first and last lines)
 * @param one    section 一's prose
 * @param five   section 五's prose
 */
public record Digest(Report report, CellPack cells, List<Table> tables, SectionText one, SectionText five) {

    static final List<String> TABLES = List.of("二", "三");

    /** The digest of a report's facts. */
    public static Digest of(ReportFacts facts) {
        return new Digest(facts.report(), CellPack.of(facts.cells(), TABLES),
                facts.tables().stream().filter(t -> TABLES.contains(t.name())).toList(),
                section(facts, 1, 4), section(facts, 5, 1));
    }

    /**
     * Section 五 keeps every phrase: it is short (a few hundred characters), and a share measured on a sample of a
     * short text would be too rough to warn on. Section 一 (up to a thousand characters and more) keeps one in four.
     */
    private static SectionText section(ReportFacts facts, int number, int rate) {
        Section s = facts.sections().stream().filter(x -> x.number() == number).findFirst().orElse(null);
        return s == null ? SectionText.NONE
                : SectionText.of(s.line(), number, rate, facts.sentences(), Repeats.Knowledge.cut());
    }

    /**
     * About how many bytes the digest holds on the heap, beyond the report fact and the file name it shares with
     * the outcome: what a batch keeps per report until its cross-report phase.
     */
    public long bytes() {
        return 16 + cells.bytes() + 24L * tables.size() + one.bytes() + five.bytes();
    }

    public String file() {
        return report.file();
    }

    /** Section 一 or 五. */
    SectionText section(int number) {
        return number == 1 ? one : five;
    }
}
