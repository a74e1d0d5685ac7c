package org.xxgk.check.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xxgk.check.parse.CollapsedFixtures.row3;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xxgk.check.engine.RuleBase;
import org.xxgk.check.engine.RuleSource;
import org.xxgk.check.fact.Cell;
import org.xxgk.check.fact.Problem;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.finding.Severity;
import org.xxgk.check.input.InputException;
import org.xxgk.check.parse.CollapsedFixtures.Variant;
import org.xxgk.check.template.Templates;

/**
 * Digit runs that only evidence can split, on the logistics report with real numbers in table 三: which evidence
 * chooses, what the cells record, what is left open, and what is reported when nothing fits.
 */
class CollapsedInferenceTest {

    private static final String ONE = "| 一、本年新收政府信息公开申请数量 |";
    private static final String TWO = "| 二、上年结转政府信息公开申请数量 |";
    private static final String R1 = "(一) 予以公开";
    private static final String R2 = "(二) 部分公开";
    private static final String R4 = "1. 本机关不掌握相关政府信息";
    private static final String SEVEN = "| (七) 总计 |";
    private static final String ONE_SHAPE = "| 一、本年新收政府信息公开申请数量 | |";
    private static final String TWO_SHAPE = "| 二、上年结转政府信息公开申请数量 | |";
    private static final String R1_SHAPE = "| 三、本年度办理结果 | (一) 予以公开 |";
    private static final String R2_SHAPE = "| | (二) 部分公开(区分处理的, 只计这一情形, 不计其他情形) |";
    private static final String R4_SHAPE = "| | (四) 无法提供 | 1. 本机关不掌握相关政府信息 |";
    private static final String SEVEN_SHAPE = "| (七) 总计 |";
    private static final String SAID = "2024 年中心共收到政府信息公开申请81件，其中自然人80件、法人或其他组织1件，已及时答复办结。";

    private static ReportParser parser;
    private static RuleBase rules;

    @BeforeAll
    static void setUp() throws Exception {
        parser = new ReportParser(Templates.builtIn());
        rules = RuleBase.compile(RuleSource.fromDirectory(Path.of("rules")));
    }

    private record Both(ReportFacts original, ReportFacts collapsed, List<Finding> before, List<Finding> after) {

        Cell cell(String row, String column) {
            return collapsed.cells().stream().filter(c -> c.row().equals(row) && c.column().equals(column))
                    .findFirst().orElse(null);
        }

        List<Problem> problems(String kind) {
            return collapsed.problems().stream().filter(p -> p.kind().equals(kind)).toList();
        }

        List<String> ids(List<Finding> findings) {
            return findings.stream().map(Finding::rule).sorted().toList();
        }
    }

    private static Both both(String original, Variant v) throws InputException {
        ReportFacts a = parser.parse("original", original);
        ReportFacts b = parser.parse("collapsed", CollapsedFixtures.collapse(original, v));
        return new Both(a, b, rules.evaluate(a, Set.of()), rules.evaluate(b, Set.of()));
    }

    private static Set<String> values(ReportFacts f) {
        Set<String> s = new HashSet<>();
        f.cells().forEach(c -> s.add(c.table() + "/" + c.row() + "/" + c.column() + "=" + c.value().toPlainString()));
        return s;
    }

    private static String rows(String text, String from, String to) {
        List<String> kept = new ArrayList<>();
        boolean cut = false;
        for (String line : text.split("\n", -1)) {
            if (line.contains(from)) {
                cut = true;
            }
            if (!cut) {
                kept.add(line);
            }
            if (line.contains(to)) {
                cut = false;
            }
        }
        return String.join("\n", kept);
    }

    /** 一 80 1 0 0 0 0 81 and the rows that add up to it: the row totals decide, then （七）总计 decides （一）. */
    @Test
    void rowTotalsAndColumnSumsChooseTheSplits() throws Exception {
        String text = CollapsedFixtures.logistics(SAID,
                row3(ONE, ONE_SHAPE, 80, 1, 0, 0, 0, 0, 81),
                row3(R1, R1_SHAPE, 11, 0, 0, 0, 0, 0, 11),
                row3(R4, R4_SHAPE, 69, 1, 0, 0, 0, 0, 70),
                row3(SEVEN, SEVEN_SHAPE, 80, 1, 0, 0, 0, 0, 81));
        Both b = both(text, Variant.PLAIN);
        assertEquals(values(b.original()), values(b.collapsed()));
        assertEquals("inferred:row-total", b.cell(CollapsedEvidence.ONE, "自然人").source());
        assertEquals("inferred:row-total", b.cell(CollapsedEvidence.SEVEN, "总计").source());
        // 110000011 is 11|0|0|0|0|0|11 or 1|10|0|0|0|0|11 by its total; only the first adds up to （七）总计
        assertEquals("inferred:row-total+result-total", b.cell("（一）予以公开", "自然人").source());
        assertEquals("split", b.cell(CollapsedEvidence.TWO, "自然人").source());
        assertEquals(4, b.problems("inferred-cells").size());
        assertTrue(b.problems("ambiguous-cells").isEmpty());
        assertEquals(List.of(), b.ids(b.before()));
        assertEquals(List.of("TABLE-DIGITS-INFERRED", "TABLE-DIGITS-INFERRED", "TABLE-DIGITS-INFERRED",
                "TABLE-DIGITS-INFERRED"), b.ids(b.after()));
        assertTrue(b.after().stream().allMatch(f -> f.severity() == Severity.INFO && f.line() == 1));
        Problem p = b.problems("inferred-cells").stream().filter(q -> q.row().equals("（一）予以公开")).findFirst()
                .orElseThrow();
        assertEquals("110000011", p.value());
        assertTrue(p.message().contains("11|0|0|0|0|0|11"), p.message());
    }

    /** Spaces that survived are cell boundaries: fewer splits, the same cells. */
    @Test
    void survivingSpacesAreCellBoundaries() throws Exception {
        String text = CollapsedFixtures.logistics(SAID,
                row3(ONE, ONE_SHAPE, 80, 1, 0, 0, 0, 0, 81),
                row3(R1, R1_SHAPE, 11, 0, 0, 0, 0, 0, 11),
                row3(R4, R4_SHAPE, 69, 1, 0, 0, 0, 0, 70),
                row3(SEVEN, SEVEN_SHAPE, 80, 1, 0, 0, 0, 0, 81));
        Both b = both(text, Variant.SPACES);
        assertEquals(values(b.original()), values(b.collapsed()));
        assertTrue(b.problems("ambiguous-cells").isEmpty());
    }

    /** The table is cut short, so only the prose can tell 11|0|…|11 from 1|10|…|11. */
    @Test
    void theProseChoosesWhenTheTableCannot() throws Exception {
        String table = rows(CollapsedFixtures.logistics("2024 年中心共收到政府信息公开申请11件，其中自然人11件，已及时答复办结。",
                row3(ONE, ONE_SHAPE, 11, 0, 0, 0, 0, 0, 11)), "(五) 不予处理", "四、结转下年度继续办理")
                .replace("工作年度报告\n", "工作年度报告\n发布日期:2025年01月23日\n"); // a claim whose value is no count
        assertTrue(table.contains("发布日期"));
        Both b = both(table, Variant.PLAIN);
        assertEquals(values(b.original()), values(b.collapsed()));
        assertEquals("inferred:row-total+narrative", b.cell(CollapsedEvidence.ONE, "自然人").source());
        assertEquals(b.ids(b.before()), b.ids(b.after()).stream().filter(r -> !r.equals("TABLE-DIGITS-INFERRED")).toList());

        // without the sentence, nothing decides: the row is not read and says so
        String silent = rows(CollapsedFixtures.logistics("2024 年中心已及时答复办结。",
                row3(ONE, ONE_SHAPE, 11, 0, 0, 0, 0, 0, 11)), "(五) 不予处理", "四、结转下年度继续办理");
        Both s = both(silent, Variant.PLAIN);
        assertEquals(null, s.cell(CollapsedEvidence.ONE, "自然人"));
        Problem p = s.problems("ambiguous-cells").get(0);
        assertEquals(CollapsedEvidence.ONE, p.row());
        assertTrue(p.message().contains("11|0|0|0|0|0|11") && p.message().contains("1|10|0|0|0|0|11"), p.message());
        assertJustified(s.collapsed(), p, List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"));
        assertTrue(s.after().stream().anyMatch(f -> f.rule().equals("TABLE-DIGITS-AMBIGUOUS") && f.line() == 1));
    }

    /** 一 80 1 0 0 0 0 82: no split of 801000082 makes the total the sum. The original fails TABLE-ROW-TOTAL. */
    @Test
    void noSplitFitsTheRowTotal() throws Exception {
        String text = CollapsedFixtures.logistics(SAID.replace("81件", "82件"),
                row3(ONE, ONE_SHAPE, 80, 1, 0, 0, 0, 0, 82),
                row3(R1, R1_SHAPE, 11, 0, 0, 0, 0, 0, 11),
                row3(R4, R4_SHAPE, 69, 1, 0, 0, 0, 0, 70),
                row3(SEVEN, SEVEN_SHAPE, 80, 1, 0, 0, 0, 0, 81));
        Both b = both(text, Variant.PLAIN);
        assertEquals(List.of("TABLE-ROW-TOTAL"), b.ids(b.before()));
        Problem p = b.problems("digits-mismatch").get(0);
        assertEquals(CollapsedEvidence.ONE, p.row());
        assertEquals("801000082", p.value());
        assertEquals(null, b.cell(CollapsedEvidence.ONE, "总计"), "a row no split fits is not read");
        Finding f = b.after().stream().filter(x -> x.rule().equals("TABLE-DIGITS-MISMATCH")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(1, f.line());
        assertTrue(f.message().contains("801000082"), f.message());
        assertFalse(b.ids(b.after()).contains("TABLE-ROW-TOTAL"));
    }

    /** （七）总计 5 but （一） 110000011: neither split of （一） adds up. The original fails TABLE-RESULT-TOTAL. */
    @Test
    void noSplitFitsTheColumnSums() throws Exception {
        String text = CollapsedFixtures.logistics("2024 年中心共收到政府信息公开申请5件。",
                row3(ONE, ONE_SHAPE, 5, 0, 0, 0, 0, 0, 5),
                row3(R1, R1_SHAPE, 11, 0, 0, 0, 0, 0, 11),
                row3(R4, R4_SHAPE, 0, 0, 0, 0, 0, 0, 0),
                row3(SEVEN, SEVEN_SHAPE, 5, 0, 0, 0, 0, 0, 5));
        Both b = both(text, Variant.PLAIN);
        assertEquals(List.of("TABLE-RESULT-TOTAL"), b.ids(b.before()));
        Problem p = b.problems("digits-mismatch").get(0);
        assertEquals("（一）予以公开", p.row());
        assertTrue(p.message().contains("110000011") && p.message().contains("（七）总计等于（一）至（六）项之和"), p.message());
        // the row stays open: its two splits are both still possible by its own total
        assertEquals("（一）予以公开", b.problems("ambiguous-cells").get(0).row());
        assertTrue(b.ids(b.after()).contains("TABLE-DIGITS-MISMATCH"));
        assertFalse(b.ids(b.after()).contains("TABLE-RESULT-TOTAL"));
    }

    /** （一） and （二） are both 110000011: 11+1 or 1+11 both make （七）'s 12. Both rows stay open, justified. */
    @Test
    void rowsThatOnlyFitTogetherStayOpen() throws Exception {
        String text = CollapsedFixtures.logistics("2024 年中心共收到政府信息公开申请22件。",
                row3(ONE, ONE_SHAPE, 12, 10, 0, 0, 0, 0, 22),
                row3(R1, R1_SHAPE, 11, 0, 0, 0, 0, 0, 11),
                row3(R2, R2_SHAPE, 1, 10, 0, 0, 0, 0, 11),
                row3(R4, R4_SHAPE, 0, 0, 0, 0, 0, 0, 0),
                row3(SEVEN, SEVEN_SHAPE, 12, 10, 0, 0, 0, 0, 22));
        Both b = both(text, Variant.PLAIN);
        assertEquals(List.of(), b.ids(b.before()));
        List<Problem> open = b.problems("ambiguous-cells");
        assertEquals(Set.of("（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
                Set.copyOf(open.stream().map(Problem::row).toList()));
        for (Problem p : open) {
            assertJustified(b.collapsed(), p, List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"));
        }
        // the rest is read as in the original, and nothing is found that depends on the open rows
        Set<String> read = values(b.collapsed());
        assertTrue(values(b.original()).containsAll(read));
        assertTrue(b.ids(b.after()).stream().allMatch(r -> r.startsWith("TABLE-DIGITS-")));
    }

    private static void assertJustified(ReportFacts facts, Problem p, List<String> columns) {
        List<String> rows = columns.stream().map(c -> p.row()).toList();
        CollapsedEvidence.Row row = new CollapsedEvidence.Row(p.table(), p.row(), rows, columns, p.value());
        Map<CollapsedEvidence.Row, Set<List<String>>> fit =
                CollapsedEvidence.fitting(facts.problems().stream().filter(q -> q.kind().equals("ambiguous-cells"))
                        .map(q -> new CollapsedEvidence.Row(q.table(), q.row(), columns.stream().map(c -> q.row()).toList(),
                                columns, q.value())).toList(), facts);
        assertTrue(fit.get(row).size() >= 2, "not justified: " + fit.get(row));
    }

    /** A row copied without its separators in an otherwise well-formed report: read, the report keeps its lines. */
    @Test
    void aSingleRowThatRanTogetherIsSplitInPlace() throws Exception {
        String original = CollapsedFixtures.seed("2024-dawukou-emergency-bureau");
        String damaged = original.replace("一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||",
                "一、本年新收政府信息公开申请数量0000000");
        assertTrue(!damaged.equals(original));
        ReportFacts a = parser.parse("a", original);
        ReportFacts b = parser.parse("b", damaged);
        assertEquals(values(a), values(b));
        assertEquals(a.sections(), b.sections());
        Cell c = b.cells().stream().filter(x -> x.row().equals(CollapsedEvidence.ONE)).findFirst().orElseThrow();
        assertEquals("split", c.source());
        assertEquals(31, c.line());
    }

    /** Prose under a table heading, numbers and all, is prose in a crawler's copy as in the original. */
    @Test
    void proseBetweenTablesIsNotReadAsTable() throws Exception {
        String original = CollapsedFixtures.seed("2024-ganzhou-logistics-center").replace("二、主动公开政府信息情况\n",
                "二、主动公开政府信息情况\n\n（一）主动公开情况\n\n2024 年中心主动公开信息64条，其中政务动态52条。\n");
        assertTrue(original.contains("64条"));
        Both b = both(original, Variant.PLAIN);
        assertEquals(values(b.original()), values(b.collapsed()));
        assertEquals(List.of(), b.collapsed().problems().stream().map(Problem::kind).toList());
        assertEquals(b.ids(b.before()), b.ids(b.after()));
    }

    /** 「规章00」 for three columns: fewer digits than cells, as a row with a missing value. */
    @Test
    void tooFewDigitsIsAMissingCell() throws Exception {
        String original = CollapsedFixtures.seed("2024-ganzhou-logistics-center")
                .replace("| 规章 | 0 | 0 | 0 |", "| 规章 | 0 | 0 |");
        Both b = both(original, Variant.PLAIN);
        assertEquals(b.ids(b.before()), b.ids(b.after()));
        assertTrue(b.ids(b.after()).contains("TABLE-INCOMPLETE"));
    }
}
