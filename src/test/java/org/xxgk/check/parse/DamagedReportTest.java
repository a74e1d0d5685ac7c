package org.xxgk.check.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xxgk.check.parse.Seeds.*;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xxgk.check.fact.Problem;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.fact.TemplateMarker;

/**
 * The damaged report, 2024-changle-civil-air-defense.txt: section 三's table is cut off after a truncated row
 * label, the heading of section 四 and most of its header are lost (only 「持 正 果 结」 and its fifteen values
 * remain), and section 二 mixes the 2019 headers with one 2021 column. Values read off the text by hand.
 */
class DamagedReportTest {

    private static ReportFacts facts;

    @BeforeAll
    static void parse() {
        facts = Seeds.parse(CHANGLE);
    }

    @Test
    void titleSpreadOverTwoLines() {
        assertEquals("福州市长乐区人民防办公室", facts.report().titleAgency());
        // the title lost a 空; the body and the signature name the office right, and that is the report's agency
        assertEquals("福州市长乐区人民防空办公室", facts.report().agency());
        assertEquals(2024, facts.report().year());
        assertEquals(3, facts.report().titleLine());
    }

    @Test
    void sectionFourIsMissing() {
        assertEquals(List.of(1, 2, 3, 5, 6), facts.sections().stream().map(s -> s.number()).toList());
        assertSection(facts, 1, "总体情况", 9, 41);
        assertSection(facts, 2, "主动公开政府信息情况", 43, 61);
        assertSection(facts, 3, "收到和处理政府信息公开申请情况", 63, 80);
        assertSection(facts, 5, "存在的主要问题及改进情况", 82, 88);
        assertSection(facts, 6, "其他需要报告的事项", 90, 96);
    }

    @Test
    void templateIsMixedAndTheEvidenceShowsTheOldSection2Headers() {
        assertEquals("mixed", facts.report().template());
        List<String> old = facts.markers().stream().filter(m -> m.template().equals("2019"))
                .map(m -> m.label() + "@" + m.line()).toList();
        assertEquals(List.of("本年新制作数量@46", "本年新公开数量@46", "对外公开总数量@46", "处理决定数量@49",
                "处理决定数量@52", "第二十条第（九）项@59", "采购总金额@60", "政府集中采购@61"), old);
        List<TemplateMarker> current = facts.markers().stream().filter(m -> m.template().equals("2021")).toList();
        assertEquals(1, current.size());
        assertEquals("本年收费金额（单位：万元）", current.get(0).label());
        assertEquals(57, current.get(0).line());
    }

    @Test
    void table2OldAndNewHeadersAndAnExactDecimal() {
        assertEquals(8, count(facts, "二"));
        assertCell(facts, "二", "规范性文件", "本年新制作数量", "0", 47);
        assertCell(facts, "二", "规范性文件", "本年新公开数量", "0", 47);
        assertCell(facts, "二", "规范性文件", "对外公开总数量", "0", 47);
        assertCell(facts, "二", "行政许可", "处理决定数量", "58", 50);
        assertCell(facts, "二", "行政处罚", "处理决定数量", "0", 53);
        assertCell(facts, "二", "行政强制", "处理决定数量", "0", 54);
        assertCell(facts, "二", "行政事业性收费", "本年收费金额（单位：万元）", "44.895844", 58);
        assertCell(facts, "二", "政府集中采购", "采购总金额", "0", 61);
        Problem omitted = problem(facts, "omitted-rows");
        assertEquals("规章", omitted.row());
        assertEquals(45, omitted.line());
    }

    @Test
    void table3ReadUpToTheCutWithShiftedAndTruncatedRows() {
        assertEquals(10 * 7, count(facts, "三"));
        assertRow3(facts, "一、本年新收政府信息公开申请数量", 68, 5, 0, 0, 0, 0, 0, 0);
        assertRow3(facts, "二、上年结转政府信息公开申请数量", 69, 0, 0, 0, 0, 0, 0, 0);
        assertRow3(facts, "（一）予以公开", 70, 2, 0, 0, 0, 0, 0, 0);
        assertRow3(facts, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 71, 0, 0, 0, 0, 0, 0, 0);
        for (int i = 0; i < 4; i++) {
            assertRow3(facts, ROWS3_2021.get(4 + i), 72 + i, 0, 0, 0, 0, 0, 0, 0);
        }
        assertRow3(facts, "（三）不予公开/5.属于三类内部事务信息", 76, 0, 0, 0, 0, 0, 0, 0);
        assertRow3(facts, "（三）不予公开/6.属于四类过程性信息", 77, 0, 0, 0, 0, 0, 0, 0);
        assertNoCell(facts, "三", "（七）总计");
        assertEquals(77, problem(facts, "label-truncated").line());
    }

    @Test
    void truncationIsAProblemWithItsLine() {
        Problem cut = problem(facts, "truncated");
        assertEquals("三", cut.table());
        assertEquals(77, cut.line());
        assertTrue(cut.message().contains("共15行"), cut.message());
        assertTrue(cut.row().startsWith("（三）不予公开/7.属于行政执法案卷、"), cut.row());
        assertTrue(cut.row().endsWith("、四、结转下年度继续办理"), cut.row());
    }

    @Test
    void theHeaderlessTable4ValuesAreNotInvented() {
        assertEquals(0, count(facts, "四"));
        assertFalse(facts.tables().stream().anyMatch(t -> t.name().equals("四")));
        Problem orphans = problem(facts, "orphan-values");
        assertEquals(80, orphans.line());
        assertTrue(orphans.message().contains("15个数值"), orphans.message());
        // the four kinds of damage, and section 四 not found (what was searched for goes into SECTION-MISSING)
        assertEquals(5, facts.problems().size(), facts.problems().toString());
        Problem notFound = problem(facts, "section-not-found");
        assertEquals("四", notFound.row());
        assertTrue(notFound.message().contains("“行政复议”"), notFound.message());
    }

    @Test
    void claims() {
        assertClaim(facts, "statistics-year", "2024", 7, 0);
        assertClaim(facts, "applications-received", "5", 17, 1);
        assertClaim(facts, "review-none", "", 41, 1);
        assertClaim(facts, "litigation-none", "", 41, 1);
        assertClaim(facts, "signature-date", "2025-01-06", 96, 6);
        assertClaim(facts, "agency-variant", "福州市长乐区人民防空办公室", 7, 0);
        assertFalse(facts.claims().stream().anyMatch(c -> c.kind().startsWith("fee-")));
    }
}
