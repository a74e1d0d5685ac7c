package org.xxgk.check.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xxgk.check.parse.Seeds.*;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xxgk.check.fact.ReportFacts;

/**
 * Tab-separated tables with merged header cells, shifted and split rows, Markdown headings:
 * 2024-ganzhou-fire-brigade.txt. Values read off the text by hand.
 */
class TabSeparatedTest {

    private static ReportFacts facts;

    @BeforeAll
    static void parse() {
        facts = Seeds.parse(GANZHOU_FIRE);
    }

    @Test
    void report() {
        assertEquals("赣州经济技术开发区消防救援大队", facts.report().agency());
        assertEquals(2024, facts.report().year());
        assertEquals(3, facts.report().titleLine());
        assertEquals("2021", facts.report().template());
        assertTrue(facts.markers().stream().allMatch(m -> m.template().equals("2021")));
    }

    @Test
    void sectionsBehindMarkdownHeadingsAndEmphasis() {
        assertEquals(6, facts.sections().size());
        assertSection(facts, 1, "总体情况", 7, 31);
        assertSection(facts, 2, "主动公开政府信息情况", 33, 48);
        assertSection(facts, 3, "收到和处理政府信息公开申请情况", 50, 80);
        assertSection(facts, 4, "政府信息公开行政复议、行政诉讼情况", 82, 88);
        assertSection(facts, 5, "存在的主要问题及改进情况", 90, 94);
        assertSection(facts, 6, "其他需要报告的事项", 96, 110);
    }

    @Test
    void table2() {
        assertEquals(10, count(facts, "二"));
        for (String col : new String[] {"本年制发件数", "本年废止件数", "现行有效件数"}) {
            assertCell(facts, "二", "规章", col, "0", 37);
            assertCell(facts, "二", "行政规范性文件", col, "0", 38);
        }
        assertCell(facts, "二", "行政许可", "本年处理决定数量", "44", 41);
        assertCell(facts, "二", "行政处罚", "本年处理决定数量", "22", 44);
        assertCell(facts, "二", "行政强制", "本年处理决定数量", "8", 45);
        assertCell(facts, "二", "行政事业性收费", "本年收费金额（单位：万元）", "0", 48);
    }

    @Test
    void table3ShiftedRowsAndSynonymReadByLabel() {
        assertEquals(25 * 7, count(facts, "三"));
        int[] lines = {55, 56, 57, 58, 59, 60, 61, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80};
        for (int r = 0; r < ROWS3_2021.size(); r++) {
            String row = ROWS3_2021.get(r);
            boolean two = row.startsWith("一、") || row.equals("（七）总计");
            assertRow3(facts, row, lines[r], two ? 2 : 0, 0, 0, 0, 0, 0, two ? 2 : 0);
        }
    }

    @Test
    void table4SixteenEqualValuesReadAsFifteenWithAProblem() {
        assertEquals(15, count(facts, "四"));
        assertTable4Zero(facts, 88, 0);
        assertEquals(88, problem(facts, "extra-cells").line());
        assertEquals("四", problem(facts, "extra-cells").table());
        assertEquals(1, facts.problems().size());
    }

    @Test
    void claims() {
        assertClaim(facts, "applications-received", "2", 17, 1);
        assertClaim(facts, "fee-none", "", 100, 6);
        assertFalse(facts.claims().stream().anyMatch(c -> c.kind().equals("fee-notice-none")));
    }
}
