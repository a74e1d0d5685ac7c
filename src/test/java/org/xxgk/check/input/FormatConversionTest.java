package org.xxgk.check.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.fact.Section;
import org.xxgk.check.parse.ReportParser;
import org.xxgk.check.template.Templates;

/**
 * The HTML, DOCX and PDF versions of two sample reports (made by {@link FormatFixtures}, the PDFs by LibreOffice
 * from the DOCX) read as the text originals do: the same table cells, sections and claims.
 */
class FormatConversionTest {

    static final Path FIXTURES = Path.of("src/test/resources/formats");
    static final List<String> SAMPLES = List.of("2024-ganzhou-fire-brigade", "2024-ganzhou-logistics-center");

    private static final ReportParser PARSER = new ReportParser(Templates.builtIn());

    static Stream<Arguments> converted() {
        return SAMPLES.stream().flatMap(s -> Stream.of("html", "docx", "pdf")
                .map(ext -> Arguments.of(s, ext)));
    }

    static ReportFacts facts(Path file) throws InputException {
        return PARSER.parse(file.toString(), ReportInput.read(file));
    }

    /** A cell as the rules see it, without its line: the line counts converted text. */
    static List<String> cells(ReportFacts facts) {
        return facts.cells().stream()
                .map(c -> c.table() + " | " + c.row() + " | " + c.column() + " | " + c.value().toPlainString())
                .toList();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("converted")
    void convertedReportHasTheSameTableCellsAsTheText(String sample, String ext) throws Exception {
        ReportFacts text = facts(Path.of("samples", sample + ".txt"));
        ReportFacts converted = facts(FIXTURES.resolve(sample + "." + ext));
        assertTrue(cells(text).size() > 150, "the sample has its three tables: " + cells(text).size());
        assertEquals(cells(text), cells(converted));
        assertEquals(text.tables().stream().map(t -> t.name()).toList(),
                converted.tables().stream().map(t -> t.name()).toList());
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("converted")
    void convertedReportHasTheSameTitleSectionsAndClaims(String sample, String ext) throws Exception {
        ReportFacts text = facts(Path.of("samples", sample + ".txt"));
        ReportFacts converted = facts(FIXTURES.resolve(sample + "." + ext));
        assertEquals(text.report().agency(), converted.report().agency());
        assertEquals(text.report().year(), converted.report().year());
        assertEquals(text.report().template(), converted.report().template());
        assertEquals(text.sections().stream().map(Section::number).toList(),
                converted.sections().stream().map(Section::number).toList());
        assertEquals(text.claims().stream().map(c -> c.kind() + "=" + c.value()).sorted().toList(),
                converted.claims().stream().map(c -> c.kind() + "=" + c.value()).sorted().toList());
        assertEquals(text.problems().stream().map(p -> p.kind()).toList(),
                converted.problems().stream().map(p -> p.kind()).toList());
    }

    @Test
    void kindIsToldByContentNotByName(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        for (String ext : List.of("html", "docx", "pdf")) {
            Path disguised = dir.resolve("fire-brigade-" + ext + ".txt");
            Files.copy(FIXTURES.resolve("2024-ganzhou-fire-brigade." + ext), disguised);
            ReportText text = ReportInput.load(disguised);
            assertEquals(ReportText.Kind.valueOf(ext.toUpperCase(java.util.Locale.ROOT)), text.kind(), ext);
            assertEquals(cells(facts(Path.of("samples/2024-ganzhou-fire-brigade.txt"))), cells(facts(disguised)));
        }
        assertEquals(ReportText.Kind.TEXT, ReportInput.load(Path.of("samples/2024-ganzhou-fire-brigade.txt")).kind());
    }

    @Test
    void mergedCellsGiveTheirTextOnceAndOneFieldPerCell() throws Exception {
        for (String ext : List.of("html", "docx", "pdf")) {
            List<String> lines = lines(FIXTURES.resolve("2024-ganzhou-fire-brigade." + ext));
            // 「三、本年度办理结果」 spans 19 rows of the first column; 「（三）不予公开」 8 rows of the second; 「（一）予以公开」
            // two columns. The positions a merged cell spans are left out: every field on a line is a cell.
            int first = index(lines, "三、本年度办理结果\t（一）予以公开\t0\t");
            assertTrue(first >= 0, ext + ": no line starts with the merged group label");
            assertTrue(lines.get(first + 1).startsWith("（二）部分公开"), ext + ": " + lines.get(first + 1));
            assertTrue(lines.get(first + 2).startsWith("（三）不予公开\t1.属于国家秘密\t0\t"), ext);
            assertTrue(lines.get(first + 3).startsWith("2.其他法律行政法规禁止公开\t0\t"), ext);
            // 「申请人情况」 spans the seven data columns of the header's first row, the caption three rows and columns.
            int header = index(lines, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况");
            assertTrue(header >= 0, ext);
            assertEquals(2, lines.get(header).split("\t", -1).length, ext + ": the caption and 申请人情况");
            assertEquals(9, lines.get(first).split("\t", -1).length, ext + ": two labels and seven values: " + lines.get(first));
        }
    }

    @Test
    void docxListNumberingIsWrittenOut() throws Exception {
        // The DOCX numbers its section headings with a Word list (「一、」 is not in the text of the paragraphs).
        Path docx = FIXTURES.resolve("2024-ganzhou-logistics-center.docx");
        List<String> lines = lines(docx);
        assertTrue(lines.contains("一、总体情况"), () -> String.join("\n", lines.subList(0, 5)));
        assertTrue(lines.contains("六、其他需要报告的事项"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), facts(docx).sections().stream().map(Section::number).toList());
    }

    @Test
    void listNumbersInWordsFormats() {
        assertEquals("一", DocxConverter.ListNumbers.number(1, "chineseCounting"));
        assertEquals("十", DocxConverter.ListNumbers.number(10, "chineseCounting"));
        assertEquals("十二", DocxConverter.ListNumbers.number(12, "chineseCountingThousand"));
        assertEquals("二十一", DocxConverter.ListNumbers.number(21, "chineseCounting"));
        assertEquals("一百零五", DocxConverter.ListNumbers.number(105, "chineseCounting"));
        assertEquals("壹拾", DocxConverter.ListNumbers.number(10, "chineseLegalSimplified"));
        assertEquals("丙", DocxConverter.ListNumbers.number(3, "ideographTraditional"));
        assertEquals("③", DocxConverter.ListNumbers.number(3, "decimalEnclosedCircle"));
        assertEquals("２", DocxConverter.ListNumbers.number(2, "decimalFullWidth"));
        assertEquals("iv", DocxConverter.ListNumbers.number(4, "lowerRoman"));
        assertEquals("AA", DocxConverter.ListNumbers.number(27, "upperLetter"));
        assertEquals("7", DocxConverter.ListNumbers.number(7, "decimal"));
    }

    @Test
    void pdfPagesAndPageNumbers() throws Exception {
        // The fire brigade's PDF has three pages, each with 「— n —」 at its foot, and its tables run over pages.
        Path pdf = FIXTURES.resolve("2024-ganzhou-fire-brigade.pdf");
        ReportText text = ReportInput.load(pdf);
        assertEquals(3, text.pageStarts().size());
        assertEquals(1, text.pageStarts().get(0));
        List<String> lines = List.of(text.text().split("\n"));
        assertFalse(lines.stream().anyMatch(l -> l.matches("[—\\s]*\\d+[—\\s]*")), "page numbers are dropped");
        // Each page begins on the line holding its first text: here a row of a table continued from the page before.
        assertTrue(lines.get(text.pageStarts().get(1) - 1).startsWith("行政许可\t44"), lines.get(text.pageStarts().get(1) - 1));
        assertTrue(lines.get(text.pageStarts().get(2) - 1).startsWith("结果维持\t结果纠正\t"));
        assertTrue(lines.get(text.pageStarts().get(2) - 2).startsWith("行政复议\t行政诉讼"));
        // ... and here a paragraph, after a heading that ends the page before.
        ReportText logistics = ReportInput.load(FIXTURES.resolve("2024-ganzhou-logistics-center.pdf"));
        List<String> l = List.of(logistics.text().split("\n"));
        int third = logistics.pageStarts().get(2);
        assertEquals("（一）存在的问题", l.get(third - 2));
        assertTrue(l.get(third - 1).startsWith("2024 年中心政务信息公开工作虽取得一定成效"), l.get(third - 1));
    }

    @Test
    void pdfJoinsLinesOfAParagraphAndOfTheTitleAndKeepsParagraphsApart() throws Exception {
        List<String> lines = lines(FIXTURES.resolve("2024-ganzhou-fire-brigade.pdf"));
        assertEquals("赣州经济技术开发区消防救援大队 2024 年政府信息公开工作年度报告", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("2024 年，区消防救援大队按照中央")
                && l.endsWith("具体情况如下：")), () -> String.join("\n", lines.subList(0, 8)));
        assertTrue(lines.contains("（一）主动公开情况"));
        // Wrapped table labels are one cell again.
        assertTrue(lines.stream().anyMatch(l -> l.contains(
                "\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0")));
    }

    @Test
    void gbkPageDeclaredAsGb2312() throws Exception {
        Path html = FIXTURES.resolve("2024-ganzhou-logistics-center.html");
        byte[] bytes = Files.readAllBytes(html);
        assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).contains("charset=gb2312"));
        assertThrows(java.nio.charset.CharacterCodingException.class,
                () -> StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)), "the page is not UTF-8");
        assertEquals("赣州经济技术开发区机关事务管理中心 2024 年政府信息公开工作年度报告", lines(html).get(0));
    }

    static List<String> lines(Path file) throws InputException {
        return List.of(ReportInput.read(file).split("\n"));
    }

    private static int index(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
