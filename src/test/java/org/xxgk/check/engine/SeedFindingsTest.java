package org.xxgk.check.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.fact.Table;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.finding.Severity;
import org.xxgk.check.input.ReportInput;
import org.xxgk.check.parse.ReportParser;
import org.xxgk.check.template.Templates;

/**
 * The v1 catalogue on the five seed reports. Each seed was read as a reviewer reads it and every relation checked
 * by hand; the findings below are all its defects, each once, on its line, with its numbers, and nothing else.
 */
class SeedFindingsTest {

    private static RuleBase rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleBase.compile(RuleSource.fromDirectory(Path.of("rules")));
    }

    private static List<String> findings(String seed) throws Exception {
        Path file = Path.of("samples", seed);
        ReportFacts facts = new ReportParser(Templates.builtIn()).parse(file.toString(), ReportInput.read(file));
        return rules.evaluate(facts, Set.of()).stream().map(SeedFindingsTest::describe).toList();
    }

    /** 「line RULE severity expected→actual」, the parts of a finding a reviewer relies on. */
    private static String describe(Finding f) {
        String values = f.expected() == null && f.actual() == null ? "" : " " + f.expected() + "→" + f.actual();
        return f.line() + " " + f.rule() + " " + f.severity().id() + values;
    }

    @Test
    void logisticsCentreIsClean() throws Exception {
        assertEquals(List.of(), findings("2024-ganzhou-logistics-center.txt"));
    }

    @Test
    void xiuzhouHasNoErrorOrWarning() throws Exception {
        // The 2019-format report omits 第二十条第（八）项 (行政事业性收费): worth a note, not an error.
        assertEquals(List.of("20 TABLE-ITEM-OMITTED info 行政事业性收费→"), findings("2020-xiuzhou-fire-brigade.txt"));
    }

    @Test
    void dawukouDoesNotReportTheInformationProcessingFee() throws Exception {
        // 六、其他需要报告的事项 says only 「无。」 in a 2024 report.
        assertEquals(List.of("64 FEE-STATEMENT-MISSING error 信息处理费收取情况→"),
                findings("2024-dawukou-emergency-bureau.txt"));
    }

    @Test
    void ganzhouFireBrigadeRecordsNoResultForItsTwoApplications() throws Exception {
        // 一 = 2 and （七）总计 = 2 in the 自然人 column, but every result row (（一）…（六）) is 0.
        // The 总计 column fails the same way; that follows from the row totals and is not reported twice.
        // Table 四's data row has sixteen zeros for fifteen columns.
        assertEquals(List.of("79 TABLE-RESULT-TOTAL error 0→2", "88 TABLE-EXTRA-CELLS warning"),
                findings("2024-ganzhou-fire-brigade.txt"));
    }

    @Test
    void changleDamagedReport() throws Exception {
        assertEquals(List.of(
                // title 「福州市长乐区人民防办公室」 lost a 空; the body (line 7) and signature say 人民防空办公室
                "3 META-AGENCY-NAME warning 福州市长乐区人民防空办公室→福州市长乐区人民防办公室",
                // 总体情况 runs to 1573 characters, over the 一千字 of the 2021 format
                "9 SECTION-LENGTH info ≤1000→1573",
                // 第二十条第（一）项 has no 规章 row
                "45 TABLE-ITEM-OMITTED info 规章→",
                // 2019 headers in a 2024 report (本年新制作数量…, 处理决定数量, 第二十条第（九）项 政府集中采购)
                "46 FORMAT-OUTDATED error 2021→mixed",
                // 一: 自然人 5, 总计 0; （一）予以公开: 自然人 2, 总计 0
                "68 TABLE-ROW-TOTAL error 5→0",
                "70 TABLE-ROW-TOTAL error 2→0",
                // the table stops after （三）6 (whose label is cut to 「属于四类过程」)
                "77 TABLE-INCOMPLETE error",
                // fifteen zeros under a header reduced to 「持 正 果 结」: table 四 without its heading
                "80 TABLE-UNREADABLE warning",
                "82 SECTION-MISSING error 四、政府信息公开行政复议、行政诉讼情况→",
                // 六 says 「无其他需要报告的事项。」: no word on 信息处理费
                "90 FEE-STATEMENT-MISSING error 信息处理费收取情况→"), findings("2024-changle-civil-air-defense.txt"));
    }

    @Test
    void messagesStateWhereAndWhatWasExpected() throws Exception {
        Path file = Path.of("samples", "2024-changle-civil-air-defense.txt");
        ReportFacts facts = new ReportParser(Templates.builtIn()).parse(file.toString(), ReportInput.read(file));
        List<Finding> found = rules.evaluate(facts, Set.of());
        Finding rowTotal = found.stream().filter(f -> f.rule().equals("TABLE-ROW-TOTAL")).findFirst().orElseThrow();
        assertEquals("第三部分表格“一、本年新收政府信息公开申请数量”行总计列为0，但自然人至其他六列之和为5", rowTotal.message());
        assertEquals(Severity.ERROR, rowTotal.severity());
        Finding outdated = found.stream().filter(f -> f.rule().equals("FORMAT-OUTDATED")).findFirst().orElseThrow();
        assertTrue(outdated.message().contains("“本年新制作数量”（第46行）、“本年新公开数量”（第46行）"), outdated.message());
        assertTrue(outdated.message().contains("“政府集中采购”（第61行）"), outdated.message());
    }

    @Test
    void disabledRulesDoNotFire() throws Exception {
        Path file = Path.of("samples", "2024-dawukou-emergency-bureau.txt");
        ReportFacts facts = new ReportParser(Templates.builtIn()).parse(file.toString(), ReportInput.read(file));
        assertEquals(List.of(), rules.evaluate(facts, Set.of("FEE-STATEMENT-MISSING")));
    }
}
