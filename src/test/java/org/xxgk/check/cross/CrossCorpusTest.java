package org.xxgk.check.cross;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xxgk.check.Corpus;
import org.xxgk.check.engine.RuleBase;
import org.xxgk.check.engine.RuleSource;
import org.xxgk.check.fact.RepeatedText;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.input.ReportInput;
import org.xxgk.check.parse.ReportParser;
import org.xxgk.check.template.Templates;

/**
 * The cross-report phase on real reports: the two 洪泽区 reports (2023 and 2024, the 2024 title with the city prefix
 * 淮安市) from {@code ../shared/corpus/} (skipped where absent), and the five samples.
 *
 * <p>Read by hand: 2024's table 三 「二、上年结转」 is 0 in every column and 2023's 「四、结转下年度继续办理」 is 0;
 * 行政规范性文件 2023 制发 0、废止 5、现行有效 5, 2024 制发 3、废止 0、现行有效 8 (5 + 3 − 0 = 8); 规章 0 both years;
 * row 一 总计 21 → 95 (×4.5, under ×5). 2024's 五 repeats two sentences of 2023's word for word
 * (「一是扎实推进依申请公开工作…」 and 「…实行政府信息公开工作人员跟班学习制度…」) and the frame of a third; its 一 repeats
 * 2023's sentences on 主动公开 and 信息管理. About a third of each: below the default 50 %.
 */
class CrossCorpusTest {

    private static final ReportParser PARSER = new ReportParser(Templates.builtIn());
    private static RuleBase rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleBase.compile(RuleSource.fromDirectory(Path.of("rules")));
    }

    private static Digest corpus(String name) throws Exception {
        Path file = Corpus.file(name);
        return Digest.of(PARSER.parse(file.toString(), ReportInput.load(file)));
    }

    private static Digest sample(Path file) {
        try {
            return Digest.of(PARSER.parse(file.toString(), ReportInput.load(file)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theHongzePairIsPairedAndItsRelationsHold() throws Exception {
        Digest y2023 = corpus("2023-hongze-district-government.pdf");
        Digest y2024 = corpus("2024-hongze-district-government.pdf");
        List<CrossFacts> cross = CrossFacts.of(List.of(y2023, y2024), List.of(), Templates.builtIn().agencyNames());
        CrossFacts now = cross.get(1);
        assertSame(y2023, now.previous());
        assertEquals("洪泽区人民政府/淮安市", now.agencyKey());
        List<Finding> found = rules.evaluateCross(now.facts(BigDecimal.valueOf(50)), Set.of(), Set.of());
        assertEquals(List.of(), found, "carry-over 0 = 0, documents in force 5 + 3 − 0 = 8, 21 → 95 under ×5, "
                + "about a third repeated");
        RepeatedText five = repeated(now, 5, true);
        RepeatedText one = repeated(now, 1, true);
        assertTrue(between(five.percent(), 30, 40), five.toString());
        assertTrue(between(one.percent(), 30, 40), one.toString());
        assertTrue(five.quotes().startsWith("第59行“一是扎实推进依申请公开工作，全面梳理和优…”（该年报第59行）"), five.quotes());

        List<Finding> strict = rules.evaluateCross(now.facts(BigDecimal.valueOf(30)), Set.of(), Set.of());
        assertEquals(List.of("CROSS-REPEATED-TEXT 5", "CROSS-REPEATED-TEXT 59"),
                strict.stream().map(f -> f.rule() + " " + f.line()).toList(), "at 30 % both sections are reported");
        assertEquals("../shared/corpus/2023-hongze-district-government.pdf", strict.get(1).related().get(0).file());
    }

    /** No report of the samples and the corpus repeats another agency's: all are unrelated. */
    @Test
    void noReportRepeatsAnUnrelatedAgencysReport() throws Exception {
        List<Digest> all = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            samples.sorted().forEach(p -> all.add(sample(p)));
        }
        for (String name : List.of("2023-hongze-district-government.pdf", "2024-hongze-district-government.pdf",
                "2024-huaian-city-government.pdf")) {
            if (Corpus.has(name)) {
                all.add(corpus(name));
            }
        }
        for (CrossFacts f : CrossFacts.of(all, List.of(), Templates.builtIn().agencyNames())) {
            for (RepeatedText t : f.repeats()) {
                assertTrue(t.sameAgency() || t.percent().compareTo(BigDecimal.TEN) < 0, f.digest().file() + ": " + t);
            }
        }
    }

    /** Each sample's section 五 given again as next year's, its years moved on by one: flagged at 90 % or more. */
    @Test
    void aSectionFiveCopiedWithTheYearChangedIsFlagged() throws Exception {
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path p : samples.sorted().toList()) {
                String text = Files.readString(p);
                Digest last = sample(p);
                int year = last.report().year();
                String next = text.replace(year + 1 + "年", year + 2 + "年").replace(year + "年", year + 1 + "年")
                        .replace(year + " 年", year + 1 + " 年");
                Digest now = Digest.of(PARSER.parse("next-" + p.getFileName(), next));
                assertEquals(year + 1, now.report().year(), p.toString());
                CrossFacts f = CrossFacts.of(List.of(last, now), List.of(), Templates.builtIn().agencyNames()).get(1);
                RepeatedText five = repeated(f, 5, true);
                assertTrue(five.percent().compareTo(BigDecimal.valueOf(90)) >= 0, p + ": " + five);
                List<Finding> found = rules.evaluateCross(f.facts(BigDecimal.valueOf(50)), Set.of(), Set.of());
                assertTrue(found.stream().anyMatch(x -> x.rule().equals("CROSS-REPEATED-TEXT")
                        && x.message().startsWith("第五部分")), p + ": " + found);
            }
        }
    }

    /**
     * What a batch keeps per report until its second phase stays small: a few KB, so that 10 000 reports keep some
     * tens of MB (the samples: 3.3–4.9 KB each).
     */
    @Test
    void aDigestIsAFewKilobytes() throws Exception {
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path p : samples.sorted().toList()) {
                Digest d = sample(p);
                assertTrue(d.bytes() < 8_000, p + ": " + d.bytes() + " bytes");
                assertTrue(d.cells().size() > 40, p + ": the cells of 二 and 三 are there (" + d.cells().size() + ")");
            }
        }
    }

    private static RepeatedText repeated(CrossFacts f, int section, boolean sameAgency) {
        return f.repeats().stream().filter(t -> t.section() == section && t.sameAgency() == sameAgency).findFirst()
                .orElseThrow(() -> new AssertionError("no measure of section " + section + ": " + f.repeats()));
    }

    private static boolean between(BigDecimal x, int low, int high) {
        return x.compareTo(BigDecimal.valueOf(low)) >= 0 && x.compareTo(BigDecimal.valueOf(high)) <= 0;
    }
}
