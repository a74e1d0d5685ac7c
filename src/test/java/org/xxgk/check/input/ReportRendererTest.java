package org.xxgk.check.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.check.input.ReportBlocks.Cell;
import org.xxgk.check.fact.Problem;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.fact.Section;
import org.xxgk.check.input.ReportRenderer.Kind;
import org.xxgk.check.input.ReportRenderer.Options;
import org.xxgk.check.parse.ReportParser;
import org.xxgk.check.template.Templates;

/**
 * A report rendered into HTML, DOCX or PDF and converted back reads as its text does: the same table cells, the same
 * sections, the same problems noted. The reports are the five real shapes of the samples (tab-separated,
 * pipe-separated Markdown, one cell per line, web copy, damaged) and the clean fixture.
 */
class ReportRendererTest {

    private static final ReportParser PARSER = new ReportParser(Templates.builtIn());
    private static final List<Path> REPORTS = List.of(
            Path.of("samples/2020-xiuzhou-fire-brigade.txt"),
            Path.of("samples/2024-changle-civil-air-defense.txt"),
            Path.of("samples/2024-dawukou-emergency-bureau.txt"),
            Path.of("samples/2024-ganzhou-fire-brigade.txt"),
            Path.of("samples/2024-ganzhou-logistics-center.txt"),
            Path.of("features/fixtures/2024-clean.txt"));

    static Stream<Arguments> rendered() {
        return Stream.of(Options.PAGED, Options.PLAIN).flatMap(o -> REPORTS.stream()
                .flatMap(r -> Stream.of(Kind.values()).map(k -> Arguments.of(r, k, o))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("rendered")
    void renderedReportReadsAsItsText(Path report, Kind kind, Options options) throws Exception {
        String text = Files.readString(report, StandardCharsets.UTF_8);
        ReportFacts original = PARSER.parse(report.toString(), text);
        byte[] bytes = ReportRenderer.render(kind, List.of(text.split("\\R", -1)), options);
        ReportText converted = ReportInput.convert(bytes, kind.fileName());
        ReportFacts read = PARSER.parse(report.toString(), converted);
        String name = report + " " + kind + " " + options;

        List<String> expected = FormatConversionTest.cells(original);
        List<String> actual = FormatConversionTest.cells(read);
        assertFalse(expected.isEmpty(), report + ": the text has no table cells");
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> extra = new ArrayList<>(actual);
        expected.forEach(extra::remove);
        if (!expected.equals(actual)) {
            fail(name + ": table cells differ\n  only in the text: " + missing + "\n  only in the " + kind + ": " + extra
                    + (missing.isEmpty() && extra.isEmpty() ? "\n  (the same cells in another order)" : ""));
        }
        assertEquals(original.sections().stream().map(Section::number).toList(),
                read.sections().stream().map(Section::number).toList(), name + ": sections");
        assertEquals(original.problems().stream().map(Problem::kind).sorted().toList(),
                read.problems().stream().map(Problem::kind).sorted().toList(), name + ": problems noted");
    }

    /**
     * Every row comes back with its own cells, one field each, in order, the repeated header rows too. The parser
     * forgives a stray blank field (a row of 7 values and a blank reads as its 7 values), so the cell comparison
     * above would not see a renderer that adds one.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("paged")
    void everyRowComesBackWithItsOwnCells(Path report, Kind kind) throws Exception {
        List<String> lines = lines(report);
        List<String> read = converted(kind, lines, Options.PAGED);
        int at = 0;
        for (ReportBlocks.Block b : ReportBlocks.of(lines, true)) {
            if (!(b instanceof ReportBlocks.Table t)) {
                continue;
            }
            for (List<List<Cell>> part : t.parts()) {
                for (List<Cell> row : part) {
                    String expected = String.join("\t", row.stream().map(Cell::text).toList());
                    if (expected.isEmpty()) {
                        continue; // a row of empty cells: the converters drop it
                    }
                    int found = read.subList(at, read.size()).indexOf(expected);
                    if (found < 0) {
                        fail(report + " " + kind + ": row 「" + expected + "」 not found after converted line " + at
                                + ":\n" + String.join("\n", read.subList(at, Math.min(read.size(), at + 5))));
                    }
                    at += found + 1;
                }
            }
        }
    }

    static Stream<Arguments> paged() {
        return REPORTS.stream().flatMap(r -> Stream.of(Kind.values()).map(k -> Arguments.of(r, k)));
    }

    // ---- the renderers themselves

    @Test
    void emptyCellsAreMergedPositionsSpannedColumnsOrBlankCells() {
        // Leading: under a group label (left out); after a label: columns it spans; between numbers: a blank cell;
        // trailing: the row ends.
        assertEquals(List.of(new Cell("一、本年新收", 2), new Cell("3", 1), new Cell("", 1), new Cell("5", 1)),
                ReportBlocks.cells("\t\t一、本年新收\t\t3\t\t5\t\t"));
        assertEquals(List.of(new Cell("法人或其他组织", 5), new Cell("总计", 1)),
                ReportBlocks.cells("\t\t法人或其他组织\t\t\t\t\t总计"));
        // Pipes: Markdown's outer pipes give empty cells at the ends, which are left out.
        assertEquals(List.of(new Cell("第二十条第(一)项", 1)), ReportBlocks.cells("第二十条第(一)项 | |||"));
        assertEquals(List.of(new Cell("3. 其他", 2), new Cell("0", 1), new Cell("44.895844", 1)),
                ReportBlocks.cells("| 3. 其他 | | 0 | 44.895844 |"));
    }

    @Test
    void htmlWritesCellsAsTheyAreAndRepeatsTable3sHeaderAfterThePageNumber() throws Exception {
        List<String> lines = lines(Path.of("features/fixtures/2024-clean.txt"));
        String html = ReportRenderer.html(lines, Options.PAGED);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<tr><td colspan=\"2\">一、本年新收政府信息公开申请数量</td><td>3</td>"), html);
        assertTrue(html.contains("<p>- 1 -</p>\n<table border=\"1\" style=\"page-break-before:always\">"), html);
        List<String> read = converted(Kind.HTML, lines, Options.PAGED);
        int number = read.indexOf("- 1 -");
        assertTrue(number > 0, String.join("\n", read));
        assertTrue(read.get(number - 1).startsWith("7.属于行政执法案卷\t0"), read.get(number - 1));
        assertTrue(read.get(number + 1).startsWith("（本列数据的勾稽关系为"), read.get(number + 1));
        assertTrue(read.get(number + 4).startsWith("8.属于行政查询事项\t0"), read.get(number + 4));
        assertFalse(converted(Kind.HTML, lines, Options.PLAIN).contains("- 1 -"));
    }

    @Test
    void docxBreaksTable3WithAPageBreakAndNumbersPagesInTheFooter() throws Exception {
        byte[] docx = ReportRenderer.docx(lines(Path.of("features/fixtures/2024-clean.txt")), Options.PAGED);
        String document = zipEntry(docx, "word/document.xml");
        assertTrue(document.contains("</w:tbl><w:p/><w:p><w:r><w:br w:type=\"page\"/></w:r></w:p><w:tbl>"), document);
        assertTrue(document.contains("<w:gridSpan w:val=\"2\"/>"));
        assertTrue(zipEntry(docx, "word/footer1.xml").contains("w:instr=\"PAGE\""));
        byte[] plain = ReportRenderer.docx(lines(Path.of("features/fixtures/2024-clean.txt")), Options.PLAIN);
        assertFalse(zipEntry(plain, "word/document.xml").contains("w:type=\"page\""));
    }

    @Test
    void pdfNumbersItsPagesAndBreaksTable3OntoANewPage() throws Exception {
        List<String> lines = lines(Path.of("features/fixtures/2024-clean.txt"));
        byte[] pdf = ReportRenderer.pdf(lines, Options.PAGED);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(3, doc.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            String third = stripper.getText(doc);
            assertTrue(third.startsWith("（本列数据的勾稽关系为"), third);
            assertTrue(third.strip().endsWith("- 3 -"), third);
        }
        ReportText text = ReportInput.convert(pdf, "x.pdf");
        List<String> read = List.of(text.text().split("\n"));
        String page3 = read.get(text.pageStarts().get(2) - 1);
        assertTrue(page3.startsWith("（本列数据的勾稽关系为"), page3);
        assertTrue(read.get(text.pageStarts().get(2) - 2).startsWith("7.属于行政执法案卷\t0"));
        assertFalse(read.stream().anyMatch(l -> l.matches("- \\d+ -")), "the converter drops the page numbers");
        // A paragraph wrapped over two lines is one line again, its numbers whole.
        assertTrue(read.contains("（一）主动公开情况。全年在区政府门户网站主动公开政府信息86条，其中安全生产监管执法信息31条、"
                + "自然灾害预警信息18条、政策文件及解读9条。"), String.join("\n", read.subList(0, 12)));
    }

    @Test
    void pdfLinesBreakNeitherInsideANumberNorBeforeAHeadingNumeral() {
        assertEquals(List.of("共收到", "2024件"), ReportPdf.wrap("共收到2024件", 5, 5, true));
        // 「（二）」 at the start of a line would keep the converter from joining it to the line above.
        assertEquals(List.of("甲", "乙（二）丙丁"), ReportPdf.wrap("甲乙（二）丙丁", 2, 9, true));
        assertEquals(List.of("甲乙", "（二）丙丁"), ReportPdf.wrap("甲乙（二）丙丁", 2, 9, false));
        // A space at a line's end would vanish: 「1. 属于」 would come back as 「1.属于」.
        assertEquals(List.of("甲", "1. 属于"), ReportPdf.wrap("甲1. 属于", 4, 9, false));
    }

    private static List<String> lines(Path file) throws Exception {
        return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\\R", -1));
    }

    private static List<String> converted(Kind kind, List<String> lines, Options options) throws Exception {
        return List.of(ReportInput.convert(ReportRenderer.render(kind, lines, options), kind.fileName()).text()
                .split("\n"));
    }

    private static String zipEntry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
