package org.xxgk.check.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.xxgk.check.fact.Problem;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.parse.ReportParser;
import org.xxgk.check.template.Templates;

/**
 * A digit run can no longer hang the checker: a run longer than its row's cells can hold is a mismatch at once, and
 * a search that would try millions of splits stops at its step budget without claiming that none fits.
 */
class SplitBudgetTest {

    private static final String ROW_ONE = "一、本年新收政府信息公开申请数量";
    /** Row 一 of the crawled copy of the clean fixture, as the crawler left it. */
    private static final String ROW_ONE_RUN = ROW_ONE + "3100015";

    static String digits(int n, long seed) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('1' + random.nextInt(9)));
        }
        return b.toString();
    }

    /** The one-line crawled copy of the clean fixture with row 一's run replaced. */
    static String crawledWithRowOne(String run) throws Exception {
        String text = Files.readString(Path.of("features/fixtures/2024-clean-crawled.txt"));
        assertTrue(text.contains(ROW_ONE_RUN));
        return text.replace(ROW_ONE_RUN, ROW_ONE + run);
    }

    private static List<Problem> rowOneProblems(String text) throws Exception {
        ReportFacts facts = new ReportParser(Templates.builtIn()).parse("crawled.txt", text);
        return facts.problems().stream().filter(p -> p.row().equals(ROW_ONE)).toList();
    }

    @Test
    void aRunLongerThanTheRowsCellsCanHoldIsAMismatchWithoutASearch() throws Exception {
        for (int n : new int[] {50, 60}) {
            String run = digits(n, n);
            List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> rowOneProblems(crawledWithRowOne(run)));
            assertEquals(1, problems.size(), problems.toString());
            Problem p = problems.get(0);
            assertEquals("digits-mismatch", p.kind());
            assertEquals(run, p.value());
            assertTrue(p.message().contains("共" + n + "位，该行7个数值每个至多7位（最多49位）"), p.message());
        }
    }

    @Test
    void aRunWithTooManySplitsIsLeftUndecidedNotCalledAMismatch() throws Exception {
        String run = digits(40, 40);
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> rowOneProblems(crawledWithRowOne(run)));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("ambiguous-cells", problems.get(0).kind());
        assertTrue(problems.get(0).message().contains("拆法太多，在限定的步数内未能试完"), problems.get(0).message());
    }

    @Test
    void theSearchStopsAtItsBudgetAndSaysSo() {
        List<DigitSplits.Item> items = List.of(new DigitSplits.Item(digits(45, 1), false));
        List<DigitSplits.Own> total = List.of(new DigitSplits.Own("row-total", 6, List.of(0, 1, 2, 3, 4, 5)));
        DigitSplits.Budget budget = new DigitSplits.Budget(DigitSplits.REPORT_STEPS);
        DigitSplits.Result r = DigitSplits.of(items, Collections.nCopies(7, false), total, 5000, budget);
        assertTrue(r.exhausted());
        assertFalse(r.complete());
        assertTrue(r.splits().isEmpty());
        // the report's budget shrinks by what the search used, and an empty budget allows no search at all
        DigitSplits.Budget spent = new DigitSplits.Budget(0);
        DigitSplits.Result none = DigitSplits.of(items, Collections.nCopies(7, false), List.of(), 5000, spent);
        assertTrue(none.exhausted());
        assertTrue(none.splits().isEmpty());
    }

    @Test
    void aReportFullOfLongRunsEndsWithinItsBudget() throws Exception {
        // every row of table 三 a run of 40 digits: each search is cut short, the report's budget caps them all
        String text = crawledWithRowOne(digits(40, 7)).replaceAll("(?<=[^0-9])0000000(?=[^0-9])", digits(40, 8));
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                new ReportParser(Templates.builtIn()).parse("crawled.txt", text).problems());
        assertTrue(problems.stream().filter(p -> p.kind().equals("ambiguous-cells")).count() > 10, problems.toString());
    }
}
