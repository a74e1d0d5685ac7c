package org.xxgk.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotated view, written by the real command: a folder of pages with an index, or one page. */
class ViewCliTest {

    private static Document page(Path folder, String suffix) throws Exception {
        try (Stream<Path> pages = Files.list(folder)) {
            Path p = pages.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElseThrow();
            return Jsoup.parse(Files.readString(p));
        }
    }

    @Test
    void aFolderHoldsAnIndexAndOnePagePerReport(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("结果");
        FormatCliTest.Run run = FormatCliTest.run("--format", "html", "-o", out.toString(), "samples");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("结果已写入：" + out), run.out());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(6, files.count(), "index.html and five pages");
        }
        Document index = Jsoup.parse(Files.readString(out.resolve("index.html")));
        List<Element> rows = index.select("table.overview tbody tr");
        assertEquals(5, rows.size());
        Element fire = rows.stream().filter(r -> r.text().contains("2024-ganzhou-fire-brigade")).findFirst().orElseThrow();
        assertEquals("0004-2024-ganzhou-fire-brigade.html", fire.selectFirst("a").attr("href"));
        assertTrue(fire.text().contains("赣州经济技术开发区消防救援大队 2024 2021 1 1 0 TABLE-RESULT-TOTAL、TABLE-EXTRA-CELLS"),
                fire.text());
        Element rowTotal = index.select("table.totals tbody tr").stream()
                .filter(r -> r.text().startsWith("TABLE-ROW-TOTAL")).findFirst().orElseThrow();
        assertTrue(rowTotal.text().endsWith("1 份 2 处"), rowTotal.text());
        for (Path p : List.of(out.resolve("index.html"), out.resolve("0004-2024-ganzhou-fire-brigade.html"))) {
            Document d = Jsoup.parse(Files.readString(p));
            assertTrue(d.select("script, link, img, iframe, [src]").isEmpty(), p + " is self-contained");
        }
    }

    @Test
    void aFindingIsShownAtItsLineAndOnItsCell(@TempDir Path dir) throws Exception {
        FormatCliTest.Run run = FormatCliTest.run("--format", "html", "-o", dir.toString(),
                "samples/2024-ganzhou-fire-brigade.txt");
        assertEquals(1, run.code(), run.err());
        Document page = page(dir, "ganzhou-fire-brigade.html");
        // The list on top links to the finding in the text, which stands right under line 79.
        Element first = page.selectFirst("table.findings tbody tr");
        assertEquals("#r-f1", first.selectFirst("a").attr("href"));
        assertEquals("79", first.selectFirst("a").text());
        Element line = page.getElementById("r-L79");
        assertNotNull(line);
        assertTrue(line.hasClass("error"), line.className());
        assertTrue(line.text().matches("79[(（]七[)）] ?总计 .*"), line.text());
        Element note = line.nextElementSibling();
        assertEquals("r-f1", note.id());
        assertTrue(note.text().contains("TABLE-RESULT-TOTAL") && note.text().contains("应为 0，实为 2"), note.text());
        // The cell the rule matched is outlined in the grid of table 三, with the value it should hold.
        List<Element> hits = page.select("table.cells td.hit");
        assertEquals(1, hits.size(), "one cell finding: TABLE-EXTRA-CELLS is about a row, not a cell");
        Element cell = hits.get(0);
        assertTrue(cell.hasClass("error"));
        assertEquals("2应为 0", cell.text());
        Element row = cell.parent();
        assertEquals("（七）总计", row.selectFirst("th").text());
        int column = cell.elementSiblingIndex();
        assertEquals("自然人", cell.closest("table").select("thead th").get(column).text());
        assertEquals("#r-f1", cell.selectFirst("a").attr("href"));
        // The text is all there, numbered: the sample has 110 lines.
        assertEquals(110, page.select("div.text div.l").size());
        // Every link on the page points at an anchor the page has.
        for (Element a : page.select("a[href^=#]")) {
            assertNotNull(page.getElementById(a.attr("href").substring(1)), a.outerHtml());
        }
    }

    @Test
    void convertedReportsShowTheirConvertedTextAndPages(@TempDir Path dir) throws Exception {
        FormatCliTest.Run run = FormatCliTest.run("--format", "html", "-o", dir.resolve("v.html").toString(),
                FormatCliTest.FORMATS.resolve("2024-ganzhou-fire-brigade.pdf").toString());
        assertEquals(1, run.code(), run.err());
        Document page = Jsoup.parse(Files.readString(dir.resolve("v.html")));
        assertEquals(3, page.select("div.page").size(), "the PDF's three pages are marked");
        assertTrue(page.selectFirst("section p.meta").text().contains("PDF"),
                page.selectFirst("section p.meta").text());
        Element hit = page.selectFirst("table.cells td.hit");
        assertEquals("2应为 0", hit.text());
    }

    @Test
    void reportTextIsEscaped(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of("samples/2024-ganzhou-fire-brigade.txt"))
                .replace("依据《中华人民共和国政府信息公开条例》", "<script>alert(1)</script><img src=x onerror=alert(2)>");
        Path report = Files.writeString(dir.resolve("年报&.txt"), text);
        FormatCliTest.Run run = FormatCliTest.run("--format", "html", report.toString());
        assertEquals(1, run.code(), run.err());
        Document page = Jsoup.parse(run.out());
        assertTrue(page.select("script, img").isEmpty());
        assertTrue(page.text().contains("<script>alert(1)</script><img src=x onerror=alert(2)>"));
        assertFalse(run.out().contains("<img"));
    }
}
