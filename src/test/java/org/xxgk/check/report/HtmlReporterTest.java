package org.xxgk.check.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReporterTest {

    static String write() {
        StringWriter s = new StringWriter();
        new HtmlReporter(new PrintWriter(s)).write(ReportFixtures.reports(), ReportFixtures.run());
        return s.toString();
    }

    @Test
    void textIsEscapedAndThePageHasNoScriptsOrExternalResources() {
        String html = write();
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"), "the message's <script> is escaped");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(html.contains("年报/2024 消防&amp;大队.pdf"));
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script, link, img, iframe, [src]").isEmpty());
        assertTrue(doc.select("a[href]").stream().allMatch(a -> a.attr("href").startsWith("#")));
        assertEquals(1, doc.select("style").size());
        // The parsed page shows the message as text, as written.
        assertTrue(doc.text().contains("机关名称写作" + ReportFixtures.SCRIPT));
    }

    @Test
    void summaryThenOneTableOfFindingsPerReport() {
        Document doc = Jsoup.parse(write());
        String summary = doc.selectFirst("p.summary").text();
        // Files that could not be read are counted apart from the reports checked.
        assertTrue(summary.startsWith("检查了 2 份年报，1 个文件无法读取"), summary);
        assertTrue(summary.contains("错误 2") && summary.contains("警告 2") && summary.contains("提示 1"), summary);
        assertEquals(3, doc.select("table.overview tbody tr").size());
        assertEquals(3, doc.select("main section").size());

        Element first = doc.select("main section").get(0);
        assertEquals(5, first.select("table.findings").get(0).select("tbody tr").size());
        Element row = first.select("table.findings tbody tr").get(0);
        assertEquals("error", row.className());
        assertEquals("错误", row.select("td").get(0).text());
        assertTrue(row.select("td").get(1).text().startsWith("TABLE-ROW-TOTAL 第三部分表格总计列"));
        assertEquals("68", row.select("td").get(2).text());
        assertEquals("—", first.select("table.findings tbody tr").get(4).select("td").get(2).text(), "line 0");
        assertTrue(first.selectFirst("details").text().contains("本单位不收费"));

        assertEquals("未发现问题。", doc.select("main section").get(1).selectFirst("p.ok").text());
        assertTrue(doc.select("main section").get(2).selectFirst("p.failed").text().contains("扫描件"));
    }
}
