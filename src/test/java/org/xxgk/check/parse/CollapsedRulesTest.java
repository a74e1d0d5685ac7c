package org.xxgk.check.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xxgk.check.engine.RuleBase;
import org.xxgk.check.engine.RuleSource;
import org.xxgk.check.fact.Cell;
import org.xxgk.check.fact.Claim;
import org.xxgk.check.fact.Report;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.template.Templates;

/**
 * The rules on digit runs on the crawled fixtures of their features (features/tables/TABLE-DIGITS-*.feature, which
 * the acceptance suite runs), and the guards of the relation rules: a value chosen because it satisfies a relation
 * is never evidence for that relation.
 */
class CollapsedRulesTest {

    private static final List<String> RULES = List.of("TABLE-DIGITS-AMBIGUOUS", "TABLE-DIGITS-INFERRED",
            "TABLE-DIGITS-MISMATCH");

    private static final String ONE_ROW = "一、本年新收政府信息公开申请数量\t\t3\t1\t0\t0\t0\t1\t5";
    private static final String RESULT_ROW = "（一）予以公开\t2\t1\t0\t0\t0\t0\t3";
    private static final String TOTAL_ROW = "（七）总计\t3\t1\t0\t0\t0\t1\t5";
    private static final String SAID = "全年共收到政府信息公开申请5件";

    /**
     * The crawled fixtures of the features: path under features/, shape, then pairs of text in
     * features/fixtures/2024-clean.txt and what replaces it before the copy is made.
     */
    static final String[][] CRAWLED = {
        {"fixtures/2024-clean-crawled.txt", "PLAIN"},
        {"fixtures/TABLE-DIGITS-AMBIGUOUS/fail-regulations-12115.txt", "PLAIN",
            "行政规范性文件\t2\t1\t5", "行政规范性文件\t12\t1\t15"},
        {"fixtures/TABLE-DIGITS-INFERRED/fail-two-digit-counts.txt", "PLAIN",
            ONE_ROW, "一、本年新收政府信息公开申请数量\t\t13\t1\t0\t0\t0\t1\t15",
            RESULT_ROW, "（一）予以公开\t12\t1\t0\t0\t0\t0\t13",
            TOTAL_ROW, "（七）总计\t13\t1\t0\t0\t0\t1\t15",
            SAID, "全年共收到政府信息公开申请15件"},
        {"fixtures/TABLE-DIGITS-INFERRED/pass-spaces-kept.txt", "PLAIN",
            ONE_ROW, "一、本年新收政府信息公开申请数量\t\t13 1 0 0 0 1 15",
            RESULT_ROW, "（一）予以公开\t12 1 0 0 0 0 13",
            TOTAL_ROW, "（七）总计\t13 1 0 0 0 1 15",
            SAID, "全年共收到政府信息公开申请15件"},
        {"fixtures/TABLE-DIGITS-MISMATCH/fail-total-16.txt", "PLAIN",
            ONE_ROW, "一、本年新收政府信息公开申请数量\t\t13\t1\t0\t0\t0\t1\t16"},
        {"fixtures/TABLE-DIGITS-MISMATCH/fail-total-16-page-header.txt", "NAV_LINES",
            ONE_ROW, "一、本年新收政府信息公开申请数量\t\t13\t1\t0\t0\t0\t1\t16"},
    };

    private static ReportParser parser;
    private static RuleBase rules;

    @BeforeAll
    static void setUp() throws Exception {
        parser = new ReportParser(Templates.builtIn());
        rules = RuleBase.compile(RuleSource.fromDirectory(Path.of("rules")));
    }

    /** The fixtures are what the crawler helper makes of the clean report: regenerate and compare. */
    @Test
    void theCrawledFixturesAreTheHelpersCopiesOfTheCleanReport() throws Exception {
        String clean = Files.readString(Path.of("features/fixtures/2024-clean.txt"));
        for (String[] f : CRAWLED) {
            String text = clean;
            for (int i = 2; i + 1 < f.length; i += 2) {
                assertTrue(text.contains(f[i]), f[0] + ": " + f[i]);
                text = text.replace(f[i], f[i + 1]);
            }
            assertEquals(CollapsedFixtures.collapse(text, CollapsedFixtures.Variant.valueOf(f[1])),
                    Files.readString(Path.of("features", f[0])), f[0]);
        }
    }

    private static List<String> found(String fixture) throws Exception {
        String text = Files.readString(Path.of("features", fixture));
        return rules.evaluate(parser.parse(fixture, text), Set.of()).stream()
                .map(f -> f.rule() + " " + f.severity().chinese() + " " + f.line() + " " + f.actual()).toList();
    }

    @Test
    void theCrawledCleanReportGivesNoFinding() throws Exception {
        assertEquals(List.of(), found("fixtures/2024-clean-crawled.txt"));
        assertEquals(List.of(), found("fixtures/TABLE-DIGITS-INFERRED/pass-spaces-kept.txt"));
    }

    @Test
    void eachRuleOnItsFixture() throws Exception {
        assertEquals(List.of("TABLE-DIGITS-AMBIGUOUS 提示 1 12115"),
                found("fixtures/TABLE-DIGITS-AMBIGUOUS/fail-regulations-12115.txt"));
        assertEquals(List.of("TABLE-DIGITS-INFERRED 提示 1 131000115", "TABLE-DIGITS-INFERRED 提示 1 121000013",
                        "TABLE-DIGITS-INFERRED 提示 1 131000115"),
                found("fixtures/TABLE-DIGITS-INFERRED/fail-two-digit-counts.txt"));
        assertEquals(List.of("TABLE-DIGITS-MISMATCH 错误 1 131000116"),
                found("fixtures/TABLE-DIGITS-MISMATCH/fail-total-16.txt"));
        assertEquals(List.of("TABLE-DIGITS-MISMATCH 错误 4 131000116"),
                found("fixtures/TABLE-DIGITS-MISMATCH/fail-total-16-page-header.txt"));
    }

    /** The features follow the house rules the catalogue test enforces, and use the fixtures above. */
    @Test
    void eachRuleHasItsFeature() throws Exception {
        for (String id : RULES) {
            List<String> text = Files.readAllLines(Path.of("features", "tables", id + ".feature"));
            assertEquals("# language: zh-CN", text.get(0), id);
            assertTrue(text.contains("@" + id), id);
            assertTrue(text.stream().anyMatch(l -> l.strip().startsWith("场景: 不应报告")), id);
            assertTrue(text.stream().anyMatch(l -> l.strip().startsWith("场景: 应报告")), id);
            assertTrue(text.stream().anyMatch(l -> l.contains("应报告 " + id + " 级别为")), id);
        }
    }

    // ---- the relation rules skip values chosen by their own relation ----

    private static final String ONE = CollapsedEvidence.ONE;
    private static final String TWO = CollapsedEvidence.TWO;
    private static final String SEVEN = CollapsedEvidence.SEVEN;
    private static final String FOUR = CollapsedEvidence.FOUR;
    private static final String RESULT = "（一）予以公开";
    private static final List<String> COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

    private static List<Cell> row(String table, String row, String source, long... values) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            cells.add(new Cell(table, row, COLUMNS.get(i), BigDecimal.valueOf(values[i]), 1, source));
        }
        return cells;
    }

    private static List<String> ids(List<Cell> cells, List<Claim> claims) {
        Report r = new Report("t", "某局", "department", 2024, 1, "2021", 1, "某局");
        ReportFacts facts = new ReportFacts(r, List.of(), List.of(), cells, claims, List.of(), List.of());
        return rules.evaluate(facts, Set.of()).stream().map(Finding::rule).toList();
    }

    /** A wrong total is found when read, and not when the total was the reason for the split. */
    @Test
    void rowTotalSkipsRowsSplitByTheirTotal() {
        assertTrue(ids(row("三", ONE, "split", 5, 0, 0, 0, 0, 0, 6), List.of()).contains("TABLE-ROW-TOTAL"));
        assertFalse(ids(row("三", ONE, "inferred:row-total", 5, 0, 0, 0, 0, 0, 6), List.of()).contains("TABLE-ROW-TOTAL"));
        // chosen by the column sums, the row total is still evidence
        assertTrue(ids(row("三", ONE, "inferred:result-total", 5, 0, 0, 0, 0, 0, 6), List.of()).contains("TABLE-ROW-TOTAL"));
    }

    private static List<Cell> table(String resultSource, String sevenSource, String oneSource) {
        List<Cell> cells = new ArrayList<>();
        cells.addAll(row("三", ONE, oneSource, 3, 0, 0, 0, 0, 0, 3));
        cells.addAll(row("三", TWO, "split", 0, 0, 0, 0, 0, 0, 0));
        cells.addAll(row("三", RESULT, resultSource, 2, 0, 0, 0, 0, 0, 2));
        cells.addAll(row("三", SEVEN, sevenSource, 3, 0, 0, 0, 0, 0, 3));
        cells.addAll(row("三", FOUR, "split", 1, 0, 0, 0, 0, 0, 1));
        return cells;
    }

    @Test
    void columnRulesSkipColumnsSplitByTheirRelation() {
        // （七）总计 3 but the results add up to 2; 一 + 二 = 3 but （七） + 四 = 4
        List<String> read = ids(table("split", "split", "split"), List.of());
        assertTrue(read.contains("TABLE-RESULT-TOTAL"));
        assertTrue(read.contains("TABLE-BALANCE"));
        List<String> byResults = ids(table("inferred:result-total", "split", "split"), List.of());
        assertFalse(byResults.contains("TABLE-RESULT-TOTAL"));
        assertTrue(byResults.contains("TABLE-BALANCE"), "a row split by the result total still counts for the balance");
        List<String> byBalance = ids(table("split", "inferred:balance", "split"), List.of());
        assertTrue(byBalance.contains("TABLE-RESULT-TOTAL"));
        assertFalse(byBalance.contains("TABLE-BALANCE"));
    }

    @Test
    void narrativeCheckSkipsARowSplitByTheProse() {
        List<Claim> said = List.of(new Claim("applications-received", "7", 1, 1, "共收到申请7件。"));
        assertTrue(ids(row("三", ONE, "split", 3, 0, 0, 0, 0, 0, 3), said).contains("NARRATIVE-APPLICATIONS"));
        assertFalse(ids(row("三", ONE, "inferred:narrative", 3, 0, 0, 0, 0, 0, 3), said).contains("NARRATIVE-APPLICATIONS"));
    }

    @Test
    void reviewAndSubtotalSkipTheirOwnInferences() {
        List<Cell> four = new ArrayList<>();
        String[] columns = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
        for (String source : List.of("split", "inferred:review-total")) {
            four.clear();
            for (int i = 0; i < 5; i++) {
                four.add(new Cell("四", "行政复议", columns[i], BigDecimal.valueOf(i == 4 ? 3 : 1), 1, source));
            }
            assertEquals(source.equals("split"), ids(four, List.of()).contains("TABLE-REVIEW-TOTAL"), source);
        }
        for (String source : List.of("split", "inferred:subtotal")) {
            List<Cell> cells = new ArrayList<>(row("三", ONE, source, 1, 1, 0, 0, 0, 0, 2));
            cells.add(new Cell("三", ONE, "小计", BigDecimal.valueOf(5), 1, source));
            assertEquals(source.equals("split"), ids(cells, List.of()).contains("TABLE-SUBTOTAL"), source);
        }
    }
}
