package org.xxgk.check.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.check.engine.RuleBase;
import org.xxgk.check.engine.RuleSource;
import org.xxgk.check.fact.Cell;
import org.xxgk.check.fact.Problem;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.input.InputException;
import org.xxgk.check.parse.CollapsedFixtures.Variant;
import org.xxgk.check.template.Templates;

/**
 * The five seed reports, copied as a crawler copies them (cells run together, one line), must give the facts and
 * findings of the originals: the same cells wherever the split is unambiguous, ambiguous rows reported as such and
 * each one justified by enumeration, the same rule ids apart from line numbers and findings that depend on
 * ambiguous rows.
 */
class CollapsedSeedsTest {

    private static final Set<String> SPLIT_PROBLEMS = Set.of("ambiguous-cells", "inferred-cells");
    private static final Set<String> SPLIT_RULES = Set.of("TABLE-DIGITS-AMBIGUOUS", "TABLE-DIGITS-INFERRED");

    private static ReportParser parser;
    private static RuleBase rules;

    @BeforeAll
    static void setUp() throws Exception {
        parser = new ReportParser(Templates.builtIn());
        rules = RuleBase.compile(RuleSource.fromDirectory(Path.of("rules")));
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (String seed : CollapsedFixtures.SEEDS) {
            for (Variant v : Variant.values()) {
                all.add(Arguments.of(seed, v));
            }
        }
        return all.stream();
    }

    private static ReportFacts parse(String name, String text) throws InputException {
        return parser.parse(name, text);
    }

    /** Rows (table/row) the collapsed copy left unread because the split is open or fits nothing. */
    private static Set<String> unread(ReportFacts facts) {
        Set<String> rows = new HashSet<>();
        for (Problem p : facts.problems()) {
            if (p.kind().equals("ambiguous-cells") || p.kind().equals("digits-mismatch")) {
                rows.add(p.table() + "/" + p.row());
            }
        }
        return rows;
    }

    private static String cellKey(Cell c) {
        return c.table() + "/" + c.row() + "/" + c.column() + "=" + c.value().toPlainString();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void collapsedCopyGivesTheOriginalsFacts(String seed, Variant v) throws Exception {
        String original = CollapsedFixtures.seed(seed);
        String collapsed = CollapsedFixtures.collapse(original, v);
        ReportFacts a = parse(seed, original);
        ReportFacts b = parse(seed, collapsed);
        int body = CollapsedFixtures.bodyLine(v);

        assertEquals(a.report().agency(), b.report().agency(), "agency");
        assertEquals(a.report().year(), b.report().year(), "year");
        assertEquals(a.report().template(), b.report().template(), "template");
        assertEquals(body, b.report().titleLine(), "title line");
        assertEquals(a.sections().stream().map(s -> s.number() + s.title() + s.titleForm() + s.textLength()).toList(),
                b.sections().stream().map(s -> s.number() + s.title() + s.titleForm() + s.textLength()).toList(),
                "sections");
        assertTrue(b.sections().stream().allMatch(s -> s.line() == body && s.endLine() == body), "section lines");

        // cells: the same wherever the row was read; nothing the original does not have
        Set<String> unread = unread(b);
        Set<String> got = new HashSet<>(b.cells().stream().map(CollapsedSeedsTest::cellKey).toList());
        for (Cell c : a.cells()) {
            if (!unread.contains(c.table() + "/" + c.row())) {
                assertTrue(got.contains(cellKey(c)), "missing or different: " + cellKey(c));
            }
        }
        Set<String> want = new HashSet<>(a.cells().stream().map(CollapsedSeedsTest::cellKey).toList());
        for (Cell c : b.cells()) {
            assertTrue(want.contains(cellKey(c)), "invented: " + cellKey(c));
            assertEquals(body, c.line(), "line of " + cellKey(c));
            assertTrue(c.source().equals("direct") || c.source().equals("split") || c.inferred(), c.source());
        }

        // and in the order of the original (reading order)
        assertEquals(a.cells().stream().filter(c -> !unread.contains(c.table() + "/" + c.row()))
                .map(CollapsedSeedsTest::cellKey).toList(), b.cells().stream().map(CollapsedSeedsTest::cellKey).toList());

        // problems: the original's, plus only the marks of split digit runs
        List<String> before = new ArrayList<>(a.problems().stream().map(p -> p.kind() + "/" + p.table() + "/" + p.row()).toList());
        List<String> after = new ArrayList<>(b.problems().stream().filter(p -> !SPLIT_PROBLEMS.contains(p.kind()))
                .map(p -> p.kind() + "/" + p.table() + "/" + p.row()).toList());
        Collections.sort(before);
        Collections.sort(after);
        assertEquals(before, after, "problems");

        assertEquals(sorted(a.claims().stream().map(c -> c.kind() + "=" + c.value() + "@" + c.section()).toList()),
                sorted(b.claims().stream().map(c -> c.kind() + "=" + c.value() + "@" + c.section()).toList()), "claims");
        assertEquals(sorted(a.markers().stream().map(m -> m.template() + "/" + m.label()).toList()),
                sorted(b.markers().stream().map(m -> m.template() + "/" + m.label()).toList()), "template evidence");

        assertJustified(a, b);
    }

    /** Every ambiguous row: more than one split fits all the evidence, and the original's values are among them. */
    private static void assertJustified(ReportFacts original, ReportFacts collapsed) {
        List<CollapsedEvidence.Row> rows = new ArrayList<>();
        Map<CollapsedEvidence.Row, List<String>> truth = new LinkedHashMap<>();
        for (Problem p : collapsed.problems()) {
            if (!p.kind().equals("ambiguous-cells")) {
                continue;
            }
            List<Cell> cells = original.cells().stream()
                    .filter(c -> c.table().equals(p.table()) && (p.table().equals("四") || c.row().equals(p.row()))).toList();
            CollapsedEvidence.Row row = new CollapsedEvidence.Row(p.table(), p.row(),
                    cells.stream().map(Cell::row).toList(), cells.stream().map(Cell::column).toList(), p.value());
            rows.add(row);
            truth.put(row, cells.stream().map(c -> c.value().toPlainString()).toList());
        }
        Map<CollapsedEvidence.Row, Set<List<String>>> fitting = CollapsedEvidence.fitting(rows, collapsed);
        for (CollapsedEvidence.Row r : rows) {
            Set<List<String>> fit = fitting.get(r);
            assertTrue(fit.size() >= 2, "marked ambiguous but " + fit.size() + " split fits: " + r);
            assertTrue(fit.contains(truth.get(r)), "the original's values do not fit: " + r + " " + fit);
        }
    }

    private static List<String> sorted(List<String> list) {
        List<String> s = new ArrayList<>(list);
        Collections.sort(s);
        return s;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void collapsedCopyGivesTheOriginalsFindings(String seed, Variant v) throws Exception {
        String original = CollapsedFixtures.seed(seed);
        ReportFacts a = parse(seed, original);
        ReportFacts b = parse(seed, CollapsedFixtures.collapse(original, v));
        List<Finding> before = rules.evaluate(a, Set.of());
        List<Finding> after = rules.evaluate(b, Set.of());
        Set<String> unread = unread(b);
        List<String> expected = new ArrayList<>();
        for (Finding f : before) {
            if (!dependsOn(f, unread)) {
                expected.add(f.rule());
            }
        }
        List<String> got = new ArrayList<>(after.stream().map(Finding::rule).filter(r -> !SPLIT_RULES.contains(r)).toList());
        Collections.sort(expected);
        Collections.sort(got);
        assertEquals(expected, got, "rule ids");
        long ambiguous = b.problems().stream().filter(p -> p.kind().equals("ambiguous-cells")).count();
        assertEquals(ambiguous, after.stream().filter(f -> f.rule().equals("TABLE-DIGITS-AMBIGUOUS")).count());
        int body = CollapsedFixtures.bodyLine(v);
        assertTrue(after.stream().allMatch(f -> f.line() == body), "every finding on the body line " + body);
    }

    /** A finding reads an unread row: it names it, or it sums a column of table 三 that row belongs to. */
    private static boolean dependsOn(Finding f, Set<String> unread) {
        for (String tableRow : unread) {
            String table = tableRow.substring(0, tableRow.indexOf('/'));
            String row = tableRow.substring(tableRow.indexOf('/') + 1);
            if (!row.isEmpty() && f.message().contains(row)) {
                return true;
            }
            if (table.equals("三") && Set.of("TABLE-RESULT-TOTAL", "TABLE-BALANCE").contains(f.rule())) {
                return true;
            }
        }
        return false;
    }

    /** What the plain copies leave open: only 秀洲's 2019 table 二 rows, which have no totals to decide them. */
    @Test
    void plainCopiesMarkOnlyRowsWithoutEvidenceAmbiguous() throws Exception {
        Map<String, Set<String>> expected = Map.of(
                "2020-xiuzhou-fire-brigade", Set.of("二/行政许可", "二/行政处罚", "二/行政强制"));
        for (String seed : CollapsedFixtures.SEEDS) {
            ReportFacts b = parse(seed, CollapsedFixtures.collapse(CollapsedFixtures.seed(seed), Variant.PLAIN));
            assertEquals(expected.getOrDefault(seed, Set.of()), unread(b), seed);
            assertFalse(b.problems().stream().anyMatch(p -> p.kind().equals("digits-mismatch")), seed);
        }
        ReportFacts x = parse("x", CollapsedFixtures.collapse(CollapsedFixtures.seed("2020-xiuzhou-fire-brigade"),
                Variant.PLAIN));
        Problem p = x.problems().stream().filter(q -> q.row().equals("行政许可")).findFirst().orElseThrow();
        assertEquals("1052", p.value());
        assertTrue(p.message().contains("1|0|52") && p.message().contains("10|5|2"), p.message());
    }

    /** Damaged copies (cut short, spaces lost or doubled at random) never make the parser throw. */
    @Test
    void damagedCopiesNeverThrow() throws Exception {
        java.util.Random random = new java.util.Random(6);
        for (String seed : CollapsedFixtures.SEEDS) {
            String plain = CollapsedFixtures.collapse(CollapsedFixtures.seed(seed), Variant.PLAIN);
            for (int i = 0; i < 40; i++) {
                StringBuilder b = new StringBuilder(plain.substring(0, random.nextInt(plain.length()) + 1));
                for (int k = 0; k < 20; k++) {
                    int at = random.nextInt(b.length());
                    if (b.charAt(at) == ' ') {
                        b.deleteCharAt(at);
                    } else {
                        b.insert(at, random.nextBoolean() ? " " : "。");
                    }
                }
                try {
                    ReportFacts f = parse(seed, b.toString());
                    rules.evaluate(f, Set.of());
                } catch (InputException e) {
                    // too little left to be a report: refused with a reason, as it should be
                }
            }
        }
    }

    /** The originals still parse as before: no cell of theirs is anything but read directly. */
    @Test
    void originalsAreReadDirectly() throws IOException, InputException {
        for (String seed : CollapsedFixtures.SEEDS) {
            ReportFacts a = parse(seed, CollapsedFixtures.seed(seed));
            assertTrue(a.cells().stream().allMatch(c -> c.source().equals("direct")), seed);
            assertTrue(a.problems().stream().noneMatch(p -> SPLIT_PROBLEMS.contains(p.kind())
                    || p.kind().equals("digits-mismatch")), seed);
        }
    }
}
