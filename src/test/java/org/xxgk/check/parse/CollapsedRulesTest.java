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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.check.engine.RuleBase;
import org.xxgk.check.engine.RuleSource;
import org.xxgk.check.fact.Cell;
import org.xxgk.check.fact.Claim;
import org.xxgk.check.fact.Report;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.finding.Finding;

/**
 * The rules on digit runs, by the scenarios of their features (features/tables/TABLE-DIGITS-*.feature, run here
 * with a few lines until the shared step definitions are merged), and the guards of the relation rules: a value
 * chosen because it satisfies a relation is never evidence for that relation.
 */
class CollapsedRulesTest {

    private static final List<String> RULES = List.of("TABLE-DIGITS-AMBIGUOUS", "TABLE-DIGITS-INFERRED",
            "TABLE-DIGITS-MISMATCH");
    private static final Pattern REPORTED = Pattern.compile("(?:那么|并且)应报告 (\\S+) 级别为\"(.+)\"位于第(\\d+)行");
    private static final Pattern NOT_REPORTED = Pattern.compile("(?:那么|并且)不应报告 (\\S+)");

    private static ReportParser parser;
    private static RuleBase rules;

    @BeforeAll
    static void setUp() throws Exception {
        parser = new ReportParser(Templates.builtIn());
        rules = RuleBase.compile(RuleSource.fromDirectory(Path.of("rules")));
    }

    /** A scenario: its name, its report, and its expectations (rule, severity or null, line). */
    private record Scenario(String name, String report, List<String[]> expect) {
    }

    private static List<Scenario> scenarios(Path feature) throws Exception {
        List<Scenario> all = new ArrayList<>();
        List<String> lines = Files.readAllLines(feature);
        String name = null;
        StringBuilder doc = null;
        int indent = 0;
        String report = null;
        List<String[]> expect = new ArrayList<>();
        for (String line : lines) {
            String t = line.strip();
            if (doc != null) {
                if (t.equals("\"\"\"")) {
                    report = doc.toString();
                    doc = null;
                } else {
                    doc.append(line.length() >= indent ? line.substring(indent) : t).append('\n');
                }
                continue;
            }
            if (t.startsWith("场景:")) {
                if (name != null) {
                    all.add(new Scenario(name, report, expect));
                }
                name = t.substring(3).strip();
                expect = new ArrayList<>();
            } else if (t.equals("\"\"\"")) {
                doc = new StringBuilder();
                indent = line.indexOf('"');
            } else {
                Matcher m = REPORTED.matcher(t);
                Matcher n = NOT_REPORTED.matcher(t);
                if (m.matches()) {
                    expect.add(new String[] {m.group(1), m.group(2), m.group(3)});
                } else if (n.matches()) {
                    expect.add(new String[] {n.group(1), null, null});
                }
            }
        }
        if (name != null) {
            all.add(new Scenario(name, report, expect));
        }
        return all;
    }

    static Stream<Arguments> features() {
        return RULES.stream().map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("features")
    void theFeatureOfEachRuleHolds(String id) throws Exception {
        Path feature = Path.of("features", "tables", id + ".feature");
        List<String> text = Files.readAllLines(feature);
        assertEquals("# language: zh-CN", text.get(0));
        assertTrue(text.contains("@" + id), "tagged with the rule id");
        List<Scenario> scenarios = scenarios(feature);
        assertTrue(scenarios.stream().anyMatch(s -> s.name().startsWith("不应报告")), "a 不应报告 scenario");
        assertTrue(scenarios.stream().anyMatch(s -> s.name().startsWith("应报告")), "an 应报告 scenario");
        for (Scenario s : scenarios) {
            List<Finding> found = rules.evaluate(parser.parse(id + ".feature", s.report()), Set.of());
            for (String[] e : s.expect()) {
                List<Finding> of = found.stream().filter(f -> f.rule().equals(e[0])).toList();
                if (e[1] == null) {
                    assertTrue(of.isEmpty(), s.name() + ": " + of);
                } else {
                    assertTrue(of.stream().anyMatch(f -> f.severity().chinese().equals(e[1])
                            && f.line() == Integer.parseInt(e[2])), s.name() + ": " + found);
                }
            }
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
        Report r = new Report("t", "某局", "department", 2024, 1, "2021", 1);
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
