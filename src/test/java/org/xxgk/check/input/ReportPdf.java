package org.xxgk.check.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.xxgk.check.input.ReportBlocks.Block;
import org.xxgk.check.input.ReportBlocks.Cell;
import org.xxgk.check.input.ReportBlocks.Paragraph;
import org.xxgk.check.input.ReportBlocks.Table;

/**
 * Lays the blocks of a report out on A4 pages and writes a PDF, without a font file: CI machines have no CJK font
 * and nothing may be downloaded. The text is set in STSong-Light, a CJK font every PDF reader knows and none needs
 * embedded; PDFBox reads the text back through the CMaps it bundles. Every character is one em wide (the font's
 * default width), so a line of n characters at size s is n·s points long and the layout needs no font metrics.
 *
 * <p>Paragraphs are set as the converter expects a word processor to set them: the first line indented by two
 * characters, wrapped lines flush left and running to the right margin (justified by character spacing when a word
 * of Latin letters or digits, which is never cut, left room), so that the converter joins them into one paragraph.
 * A table row is a row of ruled cells: rules above and below across the whole table, rules at the row's own cell
 * boundaries, so that the converter sees one grid whose positions without a rule belong to one cell. A table whose
 * widest row does not fit is set smaller; a label wraps inside its cell.
 */
final class ReportPdf {

    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float MARGIN = 56;
    private static final float TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final float BODY = 12;
    private static final float LEADING = 1.6f;
    private static final float TABLE = 9;
    private static final float SMALLEST = 4;
    private static final float CELL_LEADING = 1.3f;
    /** The grid on which the vertical rules of a table stand, in points (see {@link #snap}). */
    private static final float STEP = 3;
    /** The converter does not join a line that starts like a heading to the line above: a wrap must not make one. */
    private static final Pattern HEADING_START = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])");

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}]+");

    private final boolean pageNumbers;
    private final List<StringBuilder> pages = new ArrayList<>();
    private StringBuilder page;
    /** Where the next line or row begins, from the top of the page. */
    private float y;

    ReportPdf(boolean pageNumbers) {
        this.pageNumbers = pageNumbers;
    }

    byte[] render(List<Block> blocks) {
        newPage();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                paragraph(p);
            } else {
                table((Table) b);
            }
        }
        return write();
    }

    private void newPage() {
        page = new StringBuilder();
        pages.add(page);
        y = MARGIN;
    }

    // ---- paragraphs

    private void paragraph(Paragraph p) {
        int capacity = (int) (TEXT_WIDTH / BODY);
        int indent = p.heading() ? 0 : 2;
        List<String> lines = wrap(spaces(p.text()), capacity - indent, capacity, true);
        for (int i = 0; i < lines.size(); i++) {
            if (y + BODY * LEADING > HEIGHT - MARGIN) {
                newPage();
            }
            String line = lines.get(i);
            int room = (i == 0 ? capacity - indent : capacity) - line.length();
            float spacing = 0;
            if (i < lines.size() - 1 && room > 2 && line.length() > 1) {
                // The converter reads a gap of a fifth of an em as a space: stay well below it.
                spacing = Math.min(room * BODY / (line.length() - 1), BODY * 0.15f);
            }
            text(MARGIN + (i == 0 ? indent * BODY : 0), y + BODY, BODY, spacing, line);
            y += BODY * LEADING;
        }
    }

    /**
     * Runs of white space as one space, as a browser shows them. The no-break space (「情况\u00A0」 in the Xiuzhou
     * report) is a space too: the UCS-2 CMap has no code for it, and it would come back as U+FFFD.
     */
    private static String spaces(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /**
     * Lines of at most {@code first}, then {@code capacity} characters. A line never ends between two characters of
     * a Latin word or number, nor next to a space (which would vanish at the line's end); with {@code paragraph},
     * no line after the first starts like a heading. A word longer than a line is cut where it must be.
     */
    static List<String> wrap(String text, int first, int capacity, boolean paragraph) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int room = Math.max(1, lines.isEmpty() ? first : capacity);
            if (text.length() - start <= room) {
                lines.add(text.substring(start));
                break;
            }
            int end = start + room;
            while (end > start + 1 && !breakable(text, end, paragraph)) {
                end--;
            }
            if (!breakable(text, end, paragraph)) {
                end = start + room;
            }
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }

    private static boolean breakable(String s, int i, boolean paragraph) {
        char a = s.charAt(i - 1);
        char b = s.charAt(i);
        if (a == ' ' || b == ' ' || word(a) && word(b)) {
            return false;
        }
        return !paragraph || !HEADING_START.matcher(s.substring(i)).lookingAt();
    }

    /** Latin letters, digits and what binds them into one number (「44.895844」「12%」). */
    private static boolean word(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '%');
    }

    // ---- tables

    /** A row laid out: its cells' widths and lines, and its height. */
    private record Row(float size, float[] widths, List<List<String>> lines, int lineCount) {
    }

    private void table(Table t) {
        float size = size(t.rows());
        y += BODY * 0.5f;
        List<List<List<Cell>>> parts = t.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                newPage();
            }
            List<List<Cell>> rows = parts.get(i);
            for (int r = 0; r < rows.size(); r++) {
                Row row = layout(rows.get(r), size);
                float height = height(row);
                if (ReportBlocks.startsRow(rows, r)) {
                    // Word keeps a row on one page; keep the lines of a row written a cell per line together too.
                    float together = height;
                    for (int next = r + 1; next < rows.size() && !ReportBlocks.startsRow(rows, next); next++) {
                        together += height(layout(rows.get(next), size));
                    }
                    if (y + together > HEIGHT - MARGIN && y > MARGIN) {
                        newPage();
                    }
                }
                if (y + height > HEIGHT - MARGIN) {
                    newPage();
                }
                draw(row, rows.get(r));
                y += height;
            }
        }
        y += BODY * 0.6f;
    }

    /** The table's type size: the largest, in half points, at which every row fits the text width. */
    private static float size(List<List<Cell>> rows) {
        for (float size = TABLE; size > SMALLEST; size -= 0.5f) {
            float s = size;
            if (rows.stream().allMatch(r -> fits(r, s))) {
                return size;
            }
        }
        return SMALLEST;
    }

    private static float padding(float size) {
        return Math.max(2, size * 0.3f);
    }

    /** A cell as wide as its text, and a step more: snapping its rules to the grid may take that much. */
    private static float natural(Cell c, float size) {
        return c.text().length() * size + 2 * padding(size) + STEP;
    }

    /** The narrowest a cell may be: a number's full width, a label's first four characters (it wraps). */
    private static float least(Cell c, float size) {
        return c.number() ? natural(c, size) : Math.min(c.text().length(), 4) * size + 2 * padding(size) + STEP;
    }

    private static boolean fits(List<Cell> row, float size) {
        return row.stream().mapToDouble(c -> least(c, size)).sum() <= TEXT_WIDTH;
    }

    /**
     * The cells' widths across the whole text width: each as wide as its text, the room left shared equally; a row
     * too wide for that gives its labels what its numbers leave, in proportion to what they lack.
     */
    private static Row layout(List<Cell> cells, float size) {
        int n = cells.size();
        float[] widths = new float[n];
        float natural = 0;
        for (int i = 0; i < n; i++) {
            widths[i] = natural(cells.get(i), size);
            natural += widths[i];
        }
        if (natural <= TEXT_WIDTH) {
            for (int i = 0; i < n; i++) {
                widths[i] += (TEXT_WIDTH - natural) / n;
            }
        } else {
            float least = 0;
            float lack = 0;
            for (int i = 0; i < n; i++) {
                least += least(cells.get(i), size);
                lack += widths[i] - least(cells.get(i), size);
            }
            float share = lack <= 0 ? 0 : Math.max(0, TEXT_WIDTH - least) / lack;
            for (int i = 0; i < n; i++) {
                float min = least(cells.get(i), size);
                widths[i] = min + (widths[i] - min) * share;
            }
        }
        snap(widths);
        List<List<String>> lines = new ArrayList<>();
        int lineCount = 1;
        for (int i = 0; i < n; i++) {
            int capacity = (int) ((widths[i] - 2 * padding(size)) / size + 0.01f);
            String text = spaces(cells.get(i).text());
            List<String> l = text.isEmpty() ? List.of() : wrap(text, capacity, capacity, false);
            lines.add(l);
            lineCount = Math.max(lineCount, l.size());
        }
        return new Row(size, widths, lines, lineCount);
    }

    /**
     * Puts the cells' rules on a grid of {@link #STEP} points. The converter takes rules less than two points apart
     * for one; two rows' rules a little more apart are two grid positions, and a row with a rule between them would
     * read as having a narrow empty cell there. On the grid, rules of different rows coincide or lie a step apart.
     */
    private static void snap(float[] widths) {
        float previous = 0;
        float edge = 0;
        for (int i = 0; i < widths.length - 1; i++) {
            edge += widths[i];
            float snapped = Math.max(Math.round(edge / STEP) * STEP, previous + STEP);
            widths[i] = snapped - previous;
            previous = snapped;
        }
        widths[widths.length - 1] = TEXT_WIDTH - previous;
    }

    private static float height(Row row) {
        return row.lineCount() * row.size() * CELL_LEADING + row.size() * 0.7f;
    }

    private void draw(Row row, List<Cell> cells) {
        float size = row.size();
        float top = y;
        float bottom = y + height(row);
        rule(MARGIN, top, MARGIN + TEXT_WIDTH, top);
        rule(MARGIN, bottom, MARGIN + TEXT_WIDTH, bottom);
        float x = MARGIN;
        rule(x, top, x, bottom);
        for (int i = 0; i < cells.size(); i++) {
            float w = row.widths()[i];
            List<String> lines = row.lines().get(i);
            // Vertically centred in the row, each line centred in the cell.
            float first = top + size * 0.35f + (row.lineCount() - lines.size()) * size * CELL_LEADING / 2 + size * 0.88f;
            for (int j = 0; j < lines.size(); j++) {
                String line = lines.get(j);
                text(x + (w - line.length() * size) / 2, first + j * size * CELL_LEADING, size, 0, line);
            }
            x = i == cells.size() - 1 ? MARGIN + TEXT_WIDTH : x + w;
            rule(x, top, x, bottom);
        }
    }

    // ---- content stream

    /** A line of text; {@code baseline} from the top of the page. Characters are written as UCS-2 code units. */
    private void text(float x, float baseline, float size, float spacing, String s) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            hex.append(String.format(Locale.ROOT, "%04X", (int) s.charAt(i)));
        }
        page.append("BT /F1 ").append(f(size)).append(" Tf ").append(f(spacing)).append(" Tc 1 0 0 1 ").append(f(x))
                .append(' ').append(f(HEIGHT - baseline)).append(" Tm <").append(hex).append("> Tj ET\n");
    }

    /** A rule; positions from the top left of the page. */
    private void rule(float x0, float y0, float x1, float y1) {
        page.append("0.5 w ").append(f(x0)).append(' ').append(f(HEIGHT - y0)).append(" m ").append(f(x1)).append(' ')
                .append(f(HEIGHT - y1)).append(" l S\n");
    }

    private static String f(float v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private byte[] write() {
        COSDictionary font = font();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages.size(); i++) {
                page = pages.get(i);
                if (pageNumbers) {
                    String number = "- " + (i + 1) + " -";
                    text((WIDTH - number.length() * 10.5f) / 2, HEIGHT - 30, 10.5f, 0, number);
                }
                PDPage p = new PDPage(PDRectangle.A4);
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("F1"), font);
                PDResources resources = new PDResources();
                resources.getCOSObject().setItem(COSName.FONT, fonts);
                p.setResources(resources);
                PDStream stream = new PDStream(doc);
                try (OutputStream o = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    o.write(page.toString().getBytes(StandardCharsets.US_ASCII));
                }
                p.setContents(stream);
                doc.addPage(p);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * STSong-Light with the Unicode (UCS-2) CMap, not embedded: one of the predefined CJK fonts of the PDF
     * specification, described by its metrics alone.
     */
    private static COSDictionary font() {
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 6);
        COSArray box = new COSArray();
        for (int v : new int[] {-25, -254, 1000, 880}) {
            box.add(COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, box);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 93);
        COSDictionary system = new COSDictionary();
        system.setItem(COSName.REGISTRY, new COSString("Adobe"));
        system.setItem(COSName.ORDERING, new COSString("GB1"));
        system.setInt(COSName.SUPPLEMENT, 4);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cid.setName(COSName.BASE_FONT, "STSong-Light");
        cid.setItem(COSName.CIDSYSTEMINFO, system);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        COSArray descendants = new COSArray();
        descendants.add(cid);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
        font.setName(COSName.ENCODING, "UniGB-UCS2-H");
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        return font;
    }
}
