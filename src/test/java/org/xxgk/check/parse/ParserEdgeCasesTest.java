package org.xxgk.check.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xxgk.check.parse.Seeds.*;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.check.fact.Problem;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.input.InputException;
import org.xxgk.check.input.ReportInput;
import org.xxgk.check.template.Templates;

/** Shapes and damage the seed reports do not show, on small report excerpts. */
class ParserEdgeCasesTest {

    private static final String HEAD = """
            某某局2024年政府信息公开工作年度报告
            一、总体情况
            本机关依法做好政府信息公开工作。
            """;

    private static final String HEADER3 = """
            三、收到和处理政府信息公开申请情况
            （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况
            \t\t自然人\t法人或其他组织\t\t\t\t\t总计
            \t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他
            """;

    private static ReportFacts parse(String text) {
        try {
            return parseText(text);
        } catch (InputException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void placeholderIsAProblemNotAZero() {
        ReportFacts f = parse(HEAD + HEADER3 + "一、本年新收政府信息公开申请数量\t\t3\t/\t0\t0\t0\t0\t3\n");
        assertEquals(6, f.cells().stream().filter(c -> c.row().startsWith("一、")).count());
        assertTrue(f.cells().stream().noneMatch(c -> c.column().equals("商业企业")));
        Problem p = problem(f, "placeholder");
        assertEquals("商业企业", p.column());
        assertEquals("/", p.value());
        assertEquals(8, p.line());
    }

    @Test
    void eightColumnTableWithSubtotal() {
        String text = HEAD + """
                三、收到和处理政府信息公开申请情况
                （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况
                \t\t自然人\t法人或其他组织\t\t\t\t\t\t总计
                \t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t小计
                一、本年新收政府信息公开申请数量\t\t4\t1\t0\t0\t2\t0\t3\t7
                """;
        ReportFacts f = parse(text);
        assertCell(f, "三", "一、本年新收政府信息公开申请数量", "自然人", "4", 8);
        assertCell(f, "三", "一、本年新收政府信息公开申请数量", "法律服务机构", "2", 8);
        assertCell(f, "三", "一、本年新收政府信息公开申请数量", "小计", "3", 8);
        assertCell(f, "三", "一、本年新收政府信息公开申请数量", "总计", "7", 8);
    }

    @Test
    void fullWidthDigitsBracketsAndSpacesInLabels() {
        String text = HEAD + "二、主动公开政府信息情况\n"
                + "第二十条第(一)项\n信息内容\t本年 制发件数\t本年废止件数\t现行有效件数\n"
                + "规 章\t１２\t0\t３\n"
                + "行政规范性文件\t0\t0\t0\n";
        ReportFacts f = parse(text);
        assertCell(f, "二", "规章", "本年制发件数", "12", 7);
        assertCell(f, "二", "规章", "现行有效件数", "3", 7);
    }

    @Test
    void labelOnOneLineValuesOnTheNext() {
        ReportFacts f = parse(HEAD + HEADER3 + "一、本年新收政府信息公开申请数量\n1\t0\t0\t0\t0\t0\t1\n"
                + "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n");
        assertCell(f, "三", "一、本年新收政府信息公开申请数量", "总计", "1", 9);
        assertCell(f, "三", "二、上年结转政府信息公开申请数量", "总计", "0", 10);
    }

    @Test
    void aMissingValueLeavesTheRowUnreadAndTheNextRowIntact() {
        ReportFacts f = parse(HEAD + HEADER3 + "一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t1\n"
                + "二、上年结转政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2\n");
        assertEquals(0, f.cells().stream().filter(c -> c.row().startsWith("一、")).count());
        Problem p = problem(f, "missing-cells");
        assertEquals("一、本年新收政府信息公开申请数量", p.row());
        assertTrue(p.message().contains("有6个数值，应为7个"), p.message());
        assertCell(f, "三", "二、上年结转政府信息公开申请数量", "自然人", "2", 9);
    }

    @Test
    void rowsAreFoundByLabelWhateverTheirOrder() {
        ReportFacts f = parse(HEAD + HEADER3 + "二、上年结转政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2\n"
                + "一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1\n");
        assertCell(f, "三", "一、本年新收政府信息公开申请数量", "总计", "1", 9);
        assertCell(f, "三", "二、上年结转政府信息公开申请数量", "总计", "2", 8);
    }

    @Test
    void groupAndItemInOneCell() {
        ReportFacts f = parse(HEAD + HEADER3 + "（三）不予公开 1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0\n");
        assertCell(f, "三", "（三）不予公开/1.属于国家秘密", "自然人", "0", 8);
    }

    @Test
    void the2019SingleOtherRowInA2024ReportIsEvidenceNotAMissingRow() {
        ReportFacts f = parse(HEAD + HEADER3 + "（六）其他处理\t0\t0\t0\t0\t0\t0\t0\n（七）总计\t0\t0\t0\t0\t0\t0\t0\n");
        assertCell(f, "三", "（六）其他处理", "总计", "0", 8);
        assertTrue(f.markers().stream().anyMatch(m -> m.template().equals("2019") && m.label().equals("（六）其他处理")));
        assertTrue(f.problems().stream().noneMatch(p -> p.row().contains("（六）其他处理/")), f.problems().toString());
    }

    @Test
    void duplicateRowKeepsTheFirst() {
        ReportFacts f = parse(HEAD + HEADER3 + "一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n"
                + "一、本年新收政府信息公开申请数量\t9\t0\t0\t0\t0\t0\t9\n");
        assertCell(f, "三", "一、本年新收政府信息公开申请数量", "总计", "1", 8);
        assertEquals(9, problem(f, "duplicate-row").line());
    }

    @Test
    void headingsAcceptLongWordingMarkdownAndTrailingPunctuation() {
        ReportFacts f = parse("某某局2024年政府信息公开工作年度报告\n## **一、总体情况**\n正文。\n"
                + "　　二、行政机关主动公开政府信息情况：\n"
                + "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况\n六、其他需要报告的事项。\n无。\n");
        assertEquals(List.of(1, 2, 4, 6), f.sections().stream().map(s -> s.number()).toList());
        assertEquals("long", section(f, 2).titleForm());
        assertEquals("other", section(f, 4).titleForm());
        assertEquals("short", section(f, 6).titleForm());
    }

    @Test
    void tableRowLabelsAreNotSectionHeadings() {
        ReportFacts f = parse(HEAD + "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\n0\n"
                + "四、结转下年度继续办理\n");
        assertEquals(List.of(1, 3), f.sections().stream().map(s -> s.number()).toList());
    }

    @Test
    void gbkFileIsDecoded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gbk.txt");
        Files.write(file, (HEAD + "六、其他需要报告的事项\n本年度未收取信息处理费。\n").getBytes(Charset.forName("GBK")));
        ReportFacts f = new ReportParser(Templates.builtIn()).parse(file.toString(), ReportInput.read(file));
        assertEquals("某某局", f.report().agency());
        assertClaim(f, "fee-none", "", 5, 6);
    }

    @Test
    void badInputIsRefusedWithOneLine(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
        Path binary = Files.write(dir.resolve("x.bin"), new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2, 3});
        Path pdf = Files.write(dir.resolve("x.pdf"), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        Path prose = Files.writeString(dir.resolve("prose.txt"), "今天天气很好。\n我们去公园散步。\n");
        assertEquals("文件为空", assertThrows(InputException.class, () -> ReportInput.read(empty)).getMessage());
        assertTrue(assertThrows(InputException.class, () -> ReportInput.read(blank)).getMessage().startsWith("文件为空"));
        assertTrue(assertThrows(InputException.class, () -> ReportInput.read(binary)).getMessage().contains("二进制"));
        assertTrue(assertThrows(InputException.class, () -> ReportInput.read(pdf)).getMessage().contains("PDF"));
        assertEquals("文件不存在",
                assertThrows(InputException.class, () -> ReportInput.read(dir.resolve("none.txt"))).getMessage());
        String text = ReportInput.read(prose);
        assertTrue(assertThrows(InputException.class, () -> parseText(text)).getMessage().startsWith("未识别出年报内容"));
    }

    @Test
    void signatureDateInChineseNumerals() {
        ReportFacts f = parse(HEAD + "六、其他需要报告的事项\n无。\n某某局\n二〇二五年一月二十日\n");
        assertClaim(f, "signature-date", "2025-01-20", 7, 6);
    }

    @Test
    void sectionNoneAndFeeClaimsOnlyInTheirSection() {
        ReportFacts f = parse(HEAD + "六、其他需要报告的事项\n2024年，发出收费通知2件，收取信息处理费150元。\n");
        assertClaim(f, "fee-notices", "2", 5, 6);
        assertClaim(f, "fee-amount", "150", 5, 6);
        assertTrue(f.claims().stream().noneMatch(c -> c.kind().equals("section-none")));
    }
}
