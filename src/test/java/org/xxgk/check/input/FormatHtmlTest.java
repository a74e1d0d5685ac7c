package org.xxgk.check.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** HTML pages → text lines: blocks, tables with spans, layout tables, hidden parts, charsets. */
class FormatHtmlTest {

    private static final Charset GBK = Charset.forName("GBK");

    private static List<String> convert(String html, Charset charset) throws InputException {
        ReportText text = ReportInput.convert(html.getBytes(charset), "page.html");
        assertEquals(ReportText.Kind.HTML, text.kind());
        return List.of(text.text().split("\n"));
    }

    private static List<String> convert(String html) throws InputException {
        return convert(html, StandardCharsets.UTF_8);
    }

    @Test
    void blocksAndLineBreaksMakeLinesInlineElementsDoNot() throws Exception {
        List<String> lines = convert("<html><body><h1>某局 2024 年<br>政府信息公开工作年度报告</h1>"
                + "<div><p>一、<b>总体情况</b></p><p>&nbsp;&nbsp;本年度   共收到\n申请 <span>5</span> 件。</p></div>"
                + "<ul><li>甲</li><li>乙</li></ul></body></html>");
        assertEquals(List.of("某局 2024 年", "政府信息公开工作年度报告", "一、总体情况", "本年度 共收到 申请 5 件。", "甲", "乙"),
                lines);
    }

    @Test
    void rowspanAndColspanGiveOneFieldPerCellAndCellsAreOneLine() throws Exception {
        List<String> lines = convert("<table border=1>"
                + "<tr><td rowspan=2 colspan=2>A</td><td>B</td></tr>"
                + "<tr><td>C<br>D</td></tr>"
                + "<tr><td>E</td><td colspan=2><p>F</p><p>G|H</p></td></tr>"
                + "<tr><td></td><td>&nbsp;</td><td></td></tr>"
                + "</table>");
        // the positions a merged cell spans are left out, so that an empty field is a blank cell; a row of blank
        // cells says nothing
        assertEquals(List.of("A\tB", "C D", "E\tF G｜H"), lines);
    }

    @Test
    void aTableThatHoldsTablesIsLayoutAndItsCellsAreRead() throws Exception {
        List<String> lines = convert("<table><tr><td><p>标题</p><table><tr><td>规章</td><td>0</td></tr></table>"
                + "<p>正文。</p></td><td>侧栏</td></tr></table>");
        assertEquals(List.of("标题", "规章\t0", "正文。", "侧栏"), lines);
    }

    @Test
    void aTableWhoseCellHoldsAnArticleIsLayout() throws Exception {
        String article = "<h2>一、总体情况</h2><p>" + "本机关认真贯彻落实条例。".repeat(20) + "</p><p>第二段。</p>";
        List<String> lines = convert("<table><tr><td>导航</td><td>" + article + "</td></tr></table>");
        assertEquals(List.of("导航", "一、总体情况", "本机关认真贯彻落实条例。".repeat(20), "第二段。"), lines);
    }

    @Test
    void aOneColumnTableIsReadAsParagraphs() throws Exception {
        assertEquals(List.of("第一段", "第二段"), convert("<table><tr><td><p>第一段</p><p>第二段</p></td></tr></table>"));
    }

    @Test
    void scriptsStylesAndHiddenElementsAreSkipped() throws Exception {
        List<String> lines = convert("<html><head><title>标题栏</title><style>p{}</style>"
                + "<script>document.write('<p>不是正文</p>')</script></head><body>"
                + "<div style=\"display: none\">隐藏</div><p hidden>也隐藏</p><noscript>请启用脚本</noscript>"
                + "<p>正文</p></body></html>");
        assertEquals(List.of("正文"), lines);
    }

    @Test
    void preformattedTextKeepsItsLinesAndTabs() throws Exception {
        assertEquals(List.of("规章\t0\t0\t0", "行政规范性文件\t1\t0\t1"),
                convert("<pre>规章\t0\t0\t0\n行政规范性文件\t1\t0\t1\n</pre>"));
    }

    @Test
    void charsets() throws Exception {
        String body = "<p>赣州经济技术开发区 2024 年度报告</p>";
        // declared and true
        assertEquals("赣州经济技术开发区 2024 年度报告",
                convert("<html><head><meta charset=\"gbk\"></head><body>" + body, GBK).get(0));
        assertEquals("赣州经济技术开发区 2024 年度报告", convert("<html><head><meta http-equiv=\"Content-Type\" "
                + "content=\"text/html; charset=GB2312\"></head><body>" + body, GBK).get(0));
        // not declared: UTF-8 or GBK, whichever decodes
        assertEquals("赣州经济技术开发区 2024 年度报告", convert("<html><body>" + body, GBK).get(0));
        assertEquals("赣州经济技术开发区 2024 年度报告", convert("<html><body>" + body, StandardCharsets.UTF_8).get(0));
        // declared UTF-8 but saved as GBK: the declaration is wrong
        assertEquals("赣州经济技术开发区 2024 年度报告",
                convert("<html><head><meta charset=utf-8></head><body>" + body, GBK).get(0));
        // GBK characters outside GB2312 (「镕」) in a page declared gb2312
        assertEquals("朱镕基", convert("<meta charset=gb2312><p>朱镕基</p>", GBK).get(0));
    }

    @Test
    void detectedByLeadingTagOrName() {
        assertTrue(HtmlConverter.looksLikeHtml("\uFEFF  <!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8), "a"));
        assertTrue(HtmlConverter.looksLikeHtml("<table><tr><td>1".getBytes(StandardCharsets.UTF_8), "a.txt"));
        assertTrue(HtmlConverter.looksLikeHtml("<!-- saved -->\n<p>x".getBytes(StandardCharsets.UTF_8), "a"));
        assertTrue(HtmlConverter.looksLikeHtml("报告".getBytes(StandardCharsets.UTF_8), "a.HTM"));
        assertFalse(HtmlConverter.looksLikeHtml("# 报告\n<table>".getBytes(StandardCharsets.UTF_8), "a.md"));
        assertFalse(HtmlConverter.looksLikeHtml("<<条例>>".getBytes(StandardCharsets.UTF_8), "a.txt"));
    }

    @Test
    void aPageWithoutTextIsRefused() {
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> ReportInput.convert("<html><body><img src=a.png></body></html>".getBytes(StandardCharsets.UTF_8),
                        "a.html"));
        assertEquals("网页中没有正文文字", e.getMessage());
    }
}
