package org.xxgk.check.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Pages built to amplify: spans that would make a grid of gigabytes, nesting far deeper than any page. */
class HtmlAmplificationTest {

    private static ReportText convert(String html) throws InputException {
        return ReportInput.convert(html.getBytes(StandardCharsets.UTF_8), "page.html");
    }

    @Test
    void manySpanningCellsAreReadWithoutTheirSpans() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < 2000; r++) {
            rows.append("<tr>");
            for (int c = 0; c < 10; c++) {
                rows.append("<td rowspan=200 colspan=200>").append(c).append("</td>");
            }
            rows.append("</tr>");
        }
        String html = "<html><body><p>一、总体情况</p><table>" + rows + "</table><p>结束</p></body></html>";
        ReportText text = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> convert(html));
        List<String> lines = List.of(text.text().split("\n"));
        assertEquals(2002, lines.size());
        assertEquals("0\t1\t2\t3\t4\t5\t6\t7\t8\t9", lines.get(1));
        assertEquals("结束", lines.get(2001));
    }

    @Test
    void aSmallTableReadsTheSameNextToAHugeOne() throws Exception {
        String huge = "<table>" + "<tr><td colspan=200 rowspan=200>x</td></tr>".repeat(3000) + "</table>";
        String small = "<table><tr><td rowspan=2>A</td><td>B</td></tr><tr><td>C</td></tr></table>";
        List<String> lines = List.of(convert("<body>" + small + huge + "</body>").text().split("\n"));
        // one field per cell: the position A's rowspan covers in the second row is left out
        assertEquals(List.of("A\tB", "C"), lines.subList(0, 2));
        assertEquals("x", lines.get(2));
    }

    /**
     * 100 000 nested tables: jsoup stops nesting at 512 levels and puts the rest beside the innermost table, outside
     * any cell. That text was lost (four false SECTION-MISSING); it is read now, as it is in the flat page.
     */
    @Test
    void deeplyNestedTablesLoseNoText() throws Exception {
        String report = Files.readString(Path.of("samples/2024-ganzhou-fire-brigade.txt"));
        StringBuilder body = new StringBuilder();
        for (String line : report.split("\n")) {
            body.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        String flat = convert("<html><body>" + body + "</body></html>").text();
        int depth = 100_000;
        String deep = "<html><body>" + "<table><tr><td>".repeat(depth) + body + "</td></tr></table>".repeat(depth)
                + "</body></html>";
        String text = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> convert(deep).text());
        assertEquals(flat, text);
        String deepDivs = "<html><body>" + "<div><span>".repeat(depth) + body + "</span></div>".repeat(depth)
                + "</body></html>";
        assertEquals(flat, assertTimeoutPreemptively(Duration.ofSeconds(60), () -> convert(deepDivs).text()));
        assertTrue(flat.lines().count() > 70);
    }
}
