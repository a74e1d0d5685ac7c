package org.xxgk.check.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** PDF tables rebuilt from their rules, on small drawn pages. */
class FormatPdfTest {

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private static void text(PDPageContentStream c, float x, float yFromTop, String s) throws IOException {
        c.beginText();
        c.setFont(HELVETICA, 10);
        c.newLineAtOffset(x, PDRectangle.A4.getHeight() - yFromTop);
        c.showText(s);
        c.endText();
    }

    private static void stroke(PDPageContentStream c, float x0, float y0, float x1, float y1) throws IOException {
        float h = PDRectangle.A4.getHeight();
        c.moveTo(x0, h - y0);
        c.lineTo(x1, h - y1);
        c.stroke();
    }

    /** A border drawn as a thin filled rectangle, as Word does. */
    private static void fill(PDPageContentStream c, float x0, float y0, float x1, float y1) throws IOException {
        float h = PDRectangle.A4.getHeight();
        c.addRect(x0, h - y1, x1 - x0, y1 - y0);
        c.fill();
    }

    /**
     * <pre>
     * x: 100      200      300      400
     * y 100 +--------+--------+--------+
     *       | A               | B      |     A spans two columns (no rule at x=200 in this row)
     *   130 +--------+--------+--------+
     *       | C      | D      | F      |     D wraps over two lines: "D" / "E"
     *   160 +        +--------+--------+
     *       |        | G      | H      |     C spans two rows (no rule at y=160 in column 1)
     *   190 +--------+--------+--------+
     * </pre>
     */
    static byte[] tablePdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                text(c, 72, 60, "Report title");
                stroke(c, 100, 100, 400, 100);
                stroke(c, 100, 130, 400, 130);
                fill(c, 200, 159.5f, 400, 160.5f);
                stroke(c, 100, 190, 400, 190);
                fill(c, 99.5f, 100, 100.5f, 190);
                stroke(c, 200, 130, 200, 190);
                stroke(c, 300, 100, 300, 190);
                stroke(c, 400, 100, 400, 190);
                text(c, 105, 120, "A");
                text(c, 305, 120, "B");
                text(c, 105, 150, "C");
                text(c, 205, 141, "D");
                text(c, 205, 153, "E");
                text(c, 305, 150, "F");
                text(c, 205, 180, "G");
                text(c, 305, 180, "H");
                text(c, 72, 230, "After the table");
                // a table drawn without rules: a wide gap is a column break
                text(c, 72, 250, "Name" + " ".repeat(14) + "Count");
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void tablesAreRebuiltFromTheirRulesWithMergedCells() throws Exception {
        ReportText text = ReportInput.convert(tablePdf(), "table.pdf");
        assertEquals(ReportText.Kind.PDF, text.kind());
        // one field per cell: the positions a merged cell spans (A spans two rows and two columns) are left out
        assertEquals(List.of("Report title", "A\tB", "C\tD E\tF", "G\tH", "After the table", "Name\tCount"),
                List.of(text.text().split("\n")));
    }

    /** A font the PDF names but does not embed is mapped to PDFBox's own, without scanning the system's fonts. */
    @Test
    void fontsThePdfDoesNotEmbed() throws Exception {
        String content = "BT /F1 12 Tf 72 760 Td (Annual report 2024) Tj 0 -20 Td (Section one) Tj ET";
        String pdf = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length " + content.length() + " >>\nstream\n" + content + "\nendstream\nendobj\n"
                + "5 0 obj << /Type /Font /Subtype /TrueType /BaseFont /SimSun /FirstChar 32 /LastChar 126"
                + " /Encoding /WinAnsiEncoding /FontDescriptor 6 0 R >> endobj\n"
                + "6 0 obj << /Type /FontDescriptor /FontName /SimSun /Flags 32 /FontBBox [0 -141 1000 859]"
                + " /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        ReportText text = ReportInput.convert(pdf.getBytes(StandardCharsets.ISO_8859_1), "a.pdf");
        // Two short lines on a page: the first is not "full", so they are not joined into one paragraph.
        assertEquals(List.of("Annual report 2024", "Section one"), List.of(text.text().split("\n")));
        assertInstanceOf(PdfConverter.BundledFontOnly.class, FontMappers.instance());
    }

    /** A paragraph running over a page break is one line; the second page begins on it. */
    @Test
    void paragraphsAreJoinedAcrossPages() throws Exception {
        String full = "x".repeat(75) + " y"; // about 390 points: most of the page width
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage first = new PDPage(PDRectangle.A4);
            PDPage second = new PDPage(PDRectangle.A4);
            doc.addPage(first);
            doc.addPage(second);
            try (PDPageContentStream c = new PDPageContentStream(doc, first)) {
                text(c, 92, 700, "Heading");
                text(c, 92, 720, full);
                text(c, 72, 735, full + "z");
                text(c, 290, 800, "- 1 -");
            }
            try (PDPageContentStream c = new PDPageContentStream(doc, second)) {
                text(c, 72, 60, "end of the paragraph.");
                text(c, 92, 75, "A new paragraph, indented.");
                text(c, 290, 800, "- 2 -");
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        ReportText text = ReportInput.convert(pdf, "a.pdf");
        assertEquals(List.of("Heading", full + " " + full + "z end of the paragraph.", "A new paragraph, indented."),
                List.of(text.text().split("\n")));
        assertEquals(List.of(1, 2), text.pageStarts());
    }
}
