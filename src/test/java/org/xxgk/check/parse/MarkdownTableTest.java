package org.xxgk.check.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xxgk.check.parse.Seeds.*;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xxgk.check.fact.ReportFacts;

/**
 * Markdown pipe tables with separator rows, and rows whose cells are shifted by one (「| 3. 其他 | | 0 |…」,
 * 「| (七) 总计 | 1 | … | | |」): 2024-ganzhou-logistics-center.txt.
 */
class MarkdownTableTest {

    private static ReportFacts facts;

    @BeforeAll
    static void parse() {
        facts = Seeds.parse(GANZHOU_LOGISTICS);
    }

    @Test
    void report() {
        assertEquals("赣州经济技术开发区机关事务管理中心", facts.report().agency());
        assertEquals(2024, facts.report().year());
        assertEquals(3, facts.report().titleLine());
        assertEquals("2021", facts.report().template());
    }

    @Test
    void sections() {
        assertEquals(6, facts.sections().size());
        assertSection(facts, 1, "总体情况", 7, 29);
        assertSection(facts, 2, "主动公开政府信息情况", 31, 47);
        assertSection(facts, 3, "收到和处理政府信息公开申请情况", 49, 79);
        assertSection(facts, 4, "政府信息公开行政复议、行政诉讼情况", 81, 88);
        assertSection(facts, 5, "存在的主要问题及改进情况", 90, 98);
        assertSection(facts, 6, "其他需要报告的事项", 100, 114);
    }

    @Test
    void table2() {
        assertEquals(10, count(facts, "二"));
        assertCell(facts, "二", "规章", "本年废止件数", "0", 36);
        assertCell(facts, "二", "行政规范性文件", "本年制发件数", "0", 37);
        assertCell(facts, "二", "行政许可", "本年处理决定数量", "0", 40);
        assertCell(facts, "二", "行政强制", "本年处理决定数量", "0", 44);
        assertCell(facts, "二", "行政事业性收费", "本年收费金额（单位：万元）", "0", 47);
    }

    @Test
    void table3ShiftedRowsReadByLabel() {
        assertEquals(175, count(facts, "三"));
        for (int r = 0; r < ROWS3_2021.size(); r++) {
            String row = ROWS3_2021.get(r);
            int v = row.startsWith("一、") || row.startsWith("（四）无法提供/1.") || row.equals("（七）总计") ? 1 : 0;
            assertRow3(facts, row, 55 + r, v, 0, 0, 0, 0, 0, v);
        }
    }

    @Test
    void table4() {
        assertEquals(15, count(facts, "四"));
        assertTable4Zero(facts, 88, 0);
        assertTrue(facts.problems().isEmpty(), facts.problems().toString());
    }

    @Test
    void claims() {
        assertClaim(facts, "applications-received", "1", 17, 1);
        assertClaim(facts, "fee-none", "", 104, 6);
        assertClaim(facts, "fee-amount", "0", 104, 6);
        assertClaim(facts, "fee-notices", "0", 104, 6);
        // 「未因涉信息公开行政复议、行政诉讼被纠错」 does not say there was no review or suit.
        assertTrue(facts.claims().stream().noneMatch(c -> c.kind().equals("review-none")));
        assertTrue(facts.claims().stream().noneMatch(c -> c.kind().equals("litigation-none")));
    }
}
