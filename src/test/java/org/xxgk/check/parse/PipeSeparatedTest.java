package org.xxgk.check.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xxgk.check.parse.Seeds.*;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xxgk.check.fact.ReportFacts;

/**
 * Pipe-separated text copied from a web page, half-width brackets and punctuation, merged headers, uneven cell
 * counts, spaces inside labels (「商业 企业」) and a broken table-四 header: 2024-dawukou-emergency-bureau.txt.
 */
class PipeSeparatedTest {

    private static ReportFacts facts;

    @BeforeAll
    static void parse() {
        facts = Seeds.parse(DAWUKOU);
    }

    @Test
    void reportBehindBreadcrumbAndPublicationLine() {
        assertEquals("大武口区应急管理局", facts.report().agency());
        assertEquals(2024, facts.report().year());
        assertEquals(2, facts.report().titleLine());
        assertEquals("2021", facts.report().template());
    }

    @Test
    void sections() {
        assertEquals(6, facts.sections().size());
        assertSection(facts, 1, "总体情况", 5, 11);
        assertSection(facts, 2, "主动公开政府信息情况", 12, 26);
        assertSection(facts, 3, "收到和处理政府信息公开申请情况", 27, 55);
        assertSection(facts, 4, "政府信息公开行政复议、行政诉讼情况", 56, 60);
        assertSection(facts, 5, "存在的主要问题及改进情况", 61, 63);
        assertSection(facts, 6, "其他需要报告的事项", 64, 65);
    }

    @Test
    void table2WithHalfWidthBracketsInTheHeader() {
        assertEquals(10, count(facts, "二"));
        assertCell(facts, "二", "规章", "本年制发件数", "0", 15);
        assertCell(facts, "二", "行政规范性文件", "现行有效件数", "0", 16);
        assertCell(facts, "二", "行政许可", "本年处理决定数量", "0", 19);
        assertCell(facts, "二", "行政处罚", "本年处理决定数量", "12", 22);
        assertCell(facts, "二", "行政强制", "本年处理决定数量", "5", 23);
        assertCell(facts, "二", "行政事业性收费", "本年收费金额（单位：万元）", "0", 26);
    }

    @Test
    void table3AllZeroOneRowPerLine() {
        assertEquals(175, count(facts, "三"));
        for (int r = 0; r < ROWS3_2021.size(); r++) {
            assertRow3(facts, ROWS3_2021.get(r), 31 + r, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    @Test
    void table4ReadDespiteItsBrokenHeader() {
        assertEquals(15, count(facts, "四"));
        assertTable4Zero(facts, 60, 0);
        assertTrue(facts.problems().isEmpty(), facts.problems().toString());
    }

    @Test
    void claims() {
        assertClaim(facts, "publication-date", "2025-01-23", 3, 0);
        assertClaim(facts, "statistics-year", "2024", 4, 0);
        assertClaim(facts, "applications-none", "", 8, 1);
        assertClaim(facts, "section-none", "6", 65, 6);
        assertTrue(facts.claims().stream().noneMatch(c -> c.kind().startsWith("fee-")));
    }
}
