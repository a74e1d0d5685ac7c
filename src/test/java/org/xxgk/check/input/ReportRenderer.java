package org.xxgk.check.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.xxgk.check.input.ReportBlocks.Block;
import org.xxgk.check.input.ReportBlocks.Cell;
import org.xxgk.check.input.ReportBlocks.Paragraph;
import org.xxgk.check.input.ReportBlocks.Table;

/**
 * Renders a report's text, as it is, into an HTML page, a Word document or a PDF: the documents a metamorphic test
 * converts back and parses, expecting what the text gives. The text is read into paragraphs and tables by
 * {@link ReportBlocks} (which says how rows and their empty cells are read); nothing is repaired or laid out again
 * from parsed facts, so a damaged report stays damaged.
 *
 * <pre>
 * byte[] pdf = ReportRenderer.render(Kind.PDF, lines, Options.PAGED);
 * ReportText text = ReportInput.convert(pdf, "x.pdf");
 * </pre>
 */
public final class ReportRenderer {

    /** What to render into. */
    public enum Kind {
        HTML("html"), DOCX("docx"), PDF("pdf");

        private final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        /** A file name the converters accept for this kind (HTML is told by its leading tag anyway). */
        public String fileName() {
            return "x." + extension;
        }
    }

    /**
     * @param breakTable3 table 三 goes on on a new page after about half its rows, its header rows repeated there
     * @param pageNumbers every page carries 「- N -」 at its foot (HTML: between the two parts of table 三)
     */
    public record Options(boolean breakTable3, boolean pageNumbers) {
        public static final Options PLAIN = new Options(false, false);
        public static final Options PAGED = new Options(true, true);

        /** PLAIN, PAGED, or the one option that is on: test names and messages say which rendering failed. */
        @Override
        public String toString() {
            return breakTable3 ? pageNumbers ? "PAGED" : "BREAK-IN-TABLE-3" : pageNumbers ? "PAGE-NUMBERS" : "PLAIN";
        }
    }

    /** Twips: A4 is 11906 wide; the text is as wide as the fixtures' (1200 twips margins). */
    private static final int DOCX_TEXT_WIDTH = 11906 - 2 * 1200;

    private ReportRenderer() {
    }

    public static byte[] render(Kind kind, List<String> lines, Options options) {
        return switch (kind) {
            case HTML -> html(lines, options).getBytes(StandardCharsets.UTF_8);
            case DOCX -> docx(lines, options);
            case PDF -> pdf(lines, options);
        };
    }

    // ---- HTML

    /**
     * A page as a site or Word's "save as web page" gives it: {@code <p>} per paragraph (headings too), tables with
     * {@code border=1}, a spanning cell with {@code colspan}. The split table 三's second part begins a new printed
     * page; with page numbers the page number stands between the parts, as in a saved page of a paged document.
     */
    static String html(List<String> lines, Options options) {
        List<Block> blocks = ReportBlocks.of(lines, options.breakTable3());
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>");
        blocks.stream().filter(b -> b instanceof Paragraph).findFirst()
                .ifPresent(b -> sb.append(escape(((Paragraph) b).text())));
        sb.append("</title>\n</head>\n<body>\n");
        int page = 0;
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                sb.append("<p>").append(escape(p.text())).append("</p>\n");
                continue;
            }
            List<List<List<Cell>>> parts = ((Table) b).parts();
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0 && options.pageNumbers()) {
                    sb.append("<p>- ").append(++page).append(" -</p>\n");
                }
                sb.append(i > 0 ? "<table border=\"1\" style=\"page-break-before:always\">\n" : "<table border=\"1\">\n");
                for (List<Cell> row : parts.get(i)) {
                    sb.append("<tr>");
                    for (Cell c : row) {
                        sb.append(c.span() > 1 ? "<td colspan=\"" + c.span() + "\">" : "<td>").append(escape(c.text()))
                                .append("</td>");
                    }
                    sb.append("</tr>\n");
                }
                sb.append("</table>\n");
            }
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // ---- DOCX

    /**
     * A Word document: a paragraph per paragraph (headings bold, the others with a first-line indent), tables with
     * {@code gridSpan} for spanning cells, the split table 三 as two tables with a page break between them. With page
     * numbers, a footer with a PAGE field.
     */
    static byte[] docx(List<String> lines, Options options) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            FormatFixtures.a4Page(doc, options.pageNumbers() ? "-" : null);
            for (Block b : ReportBlocks.of(lines, options.breakTable3())) {
                if (b instanceof Paragraph p) {
                    XWPFParagraph paragraph = doc.createParagraph();
                    if (!p.heading()) {
                        paragraph.setIndentationFirstLine(480);
                    }
                    XWPFRun run = paragraph.createRun();
                    run.setFontFamily("宋体");
                    run.setFontSize(12);
                    run.setBold(p.heading());
                    run.setText(p.text());
                    continue;
                }
                Table t = (Table) b;
                List<List<List<Cell>>> parts = t.parts();
                for (int i = 0; i < parts.size(); i++) {
                    if (i > 0) {
                        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                    }
                    docxTable(doc, parts.get(i), t.columns());
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void docxTable(XWPFDocument doc, List<List<Cell>> rows, int columns) {
        int[] widths = new int[columns];
        Arrays.fill(widths, DOCX_TEXT_WIDTH / columns);
        XWPFTable table = doc.createTable();
        FormatFixtures.grid(table, widths);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            while (!row.getTableCells().isEmpty()) {
                row.removeCell(0);
            }
            for (Cell c : rows.get(r)) {
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                FormatFixtures.width(pr, widths[0] * c.span(), c.span());
                XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
                XWPFRun run = p.createRun();
                run.setFontFamily("宋体");
                run.setFontSize(9);
                run.setText(c.text());
            }
        }
        FormatFixtures.ruled(table);
        doc.createParagraph();
    }

    // ---- PDF

    /** A PDF drawn without a font file: see {@link ReportPdf}. */
    static byte[] pdf(List<String> lines, Options options) {
        return new ReportPdf(options.pageNumbers()).render(ReportBlocks.of(lines, options.breakTable3()));
    }
}
