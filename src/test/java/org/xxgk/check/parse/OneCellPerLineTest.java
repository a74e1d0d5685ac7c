package org.xxgk.check.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xxgk.check.parse.Seeds.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xxgk.check.fact.ReportFacts;

/**
 * One table cell per line, 2019 template: 2020-xiuzhou-fire-brigade.txt. Every value below was read off the text
 * by hand (line numbers are the file's own).
 */
class OneCellPerLineTest {

    private static ReportFacts facts;

    @BeforeAll
    static void parse() {
        facts = Seeds.parse(XIUZHOU);
    }

    @Test
    void reportIsTheBrigadesFor2020In2019Template() {
        assertEquals("嘉兴市秀洲区消防救援大队", facts.report().agency());
        assertEquals(2020, facts.report().year());
        assertEquals(1, facts.report().titleLine());
        assertEquals("2019", facts.report().template());
        assertEquals("department", facts.report().agencyLevel());
        assertTrue(facts.markers().stream().allMatch(m -> m.template().equals("2019")));
        assertTrue(facts.markers().stream().anyMatch(m -> m.label().equals("本年新制作数量") && m.line() == 23));
        assertTrue(facts.markers().stream().anyMatch(m -> m.label().equals("第二十条第（九）项") && m.line() == 71));
        assertTrue(facts.markers().stream().anyMatch(m -> m.label().equals("（六）其他处理") && m.line() == 315));
    }

    @Test
    void sixSectionsWithShortAndLongTitles() {
        assertEquals(6, facts.sections().size());
        assertSection(facts, 1, "总体情况", 6, 16);
        assertSection(facts, 2, "主动公开政府信息情况", 18, 79);
        assertSection(facts, 3, "收到和处理政府信息公开申请情况", 82, 341);
        assertSection(facts, 4, "因政府信息公开工作被申请行政复议、提起行政诉讼情况", 344, 386);
        assertSection(facts, 5, "政府信息公开工作存在的主要问题及改进情况", 389, 392);
        assertSection(facts, 6, "其他需要报告的事项", 394, 395);
        assertEquals("long", section(facts, 4).titleForm());
        assertEquals("short", section(facts, 6).titleForm());
    }

    @Test
    void table2HasThe2019ColumnsAndSignedIncrement() {
        assertEquals(20, count(facts, "二"));
        for (int i = 0; i < 3; i++) {
            String col = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量").get(i);
            assertCell(facts, "二", "规章", col, "0", 28 + i);
            assertCell(facts, "二", "规范性文件", col, "0", 33 + i);
        }
        assertCell(facts, "二", "行政许可", "上一年项目数量", "1", 45);
        assertCell(facts, "二", "行政许可", "本年增/减", "0", 46);
        assertCell(facts, "二", "行政许可", "处理决定数量", "52", 47);
        assertCell(facts, "二", "其他对外管理服务事项", "处理决定数量", "0", 52);
        assertCell(facts, "二", "行政处罚", "上一年项目数量", "105", 62);
        assertCell(facts, "二", "行政处罚", "本年增/减", "0", 63);
        assertCell(facts, "二", "行政处罚", "处理决定数量", "242", 64);
        assertCell(facts, "二", "行政强制", "上一年项目数量", "2", 67);
        assertCell(facts, "二", "行政强制", "处理决定数量", "31", 69);
        assertCell(facts, "二", "政府集中采购", "采购项目数量", "0", 78);
        assertCell(facts, "二", "政府集中采购", "采购总金额", "0", 79);
    }

    @Test
    void table3Has23RowsWithTheSingleOtherRowOf2019() {
        List<String> rows = new ArrayList<>(ROWS3_2021);
        rows.removeIf(r -> r.startsWith("（六）"));
        rows.add(rows.indexOf("（七）总计"), "（六）其他处理");
        assertEquals(23, rows.size());
        assertEquals(23 * 7, count(facts, "三"));
        int[] firstValueLines = {101, 110, 120, 130, 141, 152, 163, 174, 185, 196, 207, 218, 229, 240, 251,
                                 262, 273, 284, 295, 306, 316, 326, 335};
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < COLUMNS3.size(); c++) {
                assertCell(facts, "三", rows.get(r), COLUMNS3.get(c), "0", firstValueLines[r] + c);
            }
        }
    }

    @Test
    void table4FifteenZerosOnePerLine() {
        assertEquals(15, count(facts, "四"));
        assertTable4Zero(facts, 0, 372);
    }

    @Test
    void claimsAndProblems() {
        assertClaim(facts, "statistics-year", "2020", 5, 0);
        assertClaim(facts, "applications-none", "", 11, 1);
        assertClaim(facts, "section-none", "6", 395, 6);
        assertEquals(List.of("omitted-rows"), facts.problems().stream().map(p -> p.kind()).toList());
        assertEquals("行政事业性收费", problem(facts, "omitted-rows").row());
    }
}
