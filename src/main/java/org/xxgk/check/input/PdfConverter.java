package org.xxgk.check.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.xxgk.check.template.Text;

/**
 * A PDF → text lines, with PDFBox.
 *
 * <p>PDFBox gives each character with its position. Tables are found from the lines drawn on the page: the
 * horizontal and vertical rules that meet form a grid; where a rule is missing between two grid positions, they are
 * one merged cell. Each grid row becomes a line of tab-separated cells, a merged cell's text in its first position;
 * text that wraps inside a cell is joined again (「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」 is one cell,
 * whatever its width). Text outside tables is cut into lines by position; a line that runs to the right margin and
 * is followed by one that is not indented is the same paragraph and is joined to it, also across a page break. Page
 * numbers standing alone at the top or bottom of a page are dropped. A wide gap inside a line (a table drawn without
 * rules) becomes a tab.
 *
 * <p>A PDF whose pages give no text (a scan) is refused: the reviewer should run text recognition first.
 *
 * <p>Not handled: a table row that Word or LibreOffice broke across a page (its cells' text is split between the two
 * pages' tables, as 「（本列数据的勾稽关系为：…」 in the logistics centre's fixture); rotated pages (read as text,
 * without tables); tables drawn without rules (columns only where the gap is wide).
 */
final class PdfConverter {

    static final String NO_TEXT = "PDF 中没有可提取的文字（可能是扫描件），请先做文字识别";

    /** Rules closer than this (points) are the same rule; a cell's border drawn twice is one border. */
    static final float TOLERANCE = 2f;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–－\\s]*(?:第\\s*)?\\d{1,4}(?:\\s*页)?(?:\\s*[/／]\\s*\\d{1,4}|\\s*共\\s*\\d{1,4}\\s*页)?[-—–－\\s]*$");
    private static final Pattern HEADING_START = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])");

    static {
        // Text extraction needs no glyph shapes. Without this, a PDF naming a font it does not embed (SimSun from a
        // "print to PDF" driver) makes PDFBox scan every installed font and write ~/.pdfbox.cache.
        FontMappers.set(new BundledFontOnly());
    }

    private PdfConverter() {
    }

    static ReportText convert(byte[] bytes) throws InputException {
        return convert(bytes, Integer.MAX_VALUE);
    }

    /**
     * Reads one page at a time: its characters and rules are laid out into lines and dropped before the next page is
     * read, so memory follows the text, not the number of pages. Stops as soon as the text passes {@code maxChars}.
     */
    static ReportText convert(byte[] bytes, int maxChars) throws InputException {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new InputException("PDF 文件设有打开密码，无法读取");
        } catch (IOException | RuntimeException e) {
            throw new InputException("PDF 文件已损坏，无法读取");
        }
        try (doc) {
            Layout layout = new Layout();
            GlyphCollector glyphs = new GlyphCollector();
            int number = 0;
            for (PDPage page : doc.getPages()) {
                number++;
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("PDF page " + number);
                }
                glyphs.pages.clear();
                glyphs.setStartPage(number);
                glyphs.setEndPage(number);
                glyphs.getText(doc);
                List<Glyph> onPage = glyphs.pages.isEmpty() ? List.of() : glyphs.pages.get(0);
                List<Ruling> rulings = List.of();
                if (page.getRotation() % 360 == 0 && !onPage.isEmpty()) {
                    PdfRulings collector = new PdfRulings(page);
                    collector.processPage(page);
                    rulings = collector.rulings;
                }
                layout.add(new Page(onPage, rulings, page.getCropBox().getWidth(), page.getCropBox().getHeight()));
                if (layout.chars() > maxChars) {
                    throw ReportInput.tooLong(null, maxChars);
                }
            }
            return layout.finish();
        } catch (InputException | CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InputException("PDF 文件已损坏，无法读取");
        }
    }

    /** One character as placed on the page; y is the baseline, measured from the top. */
    record Glyph(float x, float y, float width, float size, String text) {
        float right() {
            return x + width;
        }

        float centerX() {
            return x + width / 2;
        }

        /** The middle of the character's height: CJK glyphs sit on the baseline and rise about one size. */
        float centerY() {
            return y - size * 0.35f;
        }
    }

    /** A drawn rule: horizontal at y = pos from x = from to x = to, or vertical at x = pos from y = from to y = to. */
    record Ruling(boolean horizontal, float pos, float from, float to) {
    }

    record Page(List<Glyph> glyphs, List<Ruling> rulings, float width, float height) {
    }

    /** A line of text outside tables. */
    private record Line(int page, float pageWidth, float top, float y, float left, float right, float size,
                        String text) {
    }

    /** Something placed on a page, in reading order: a line of text or a table. */
    private record Item(float top, Line line, List<List<String>> rows) {
    }

    /**
     * Lays out pages one after another into text lines. What carries over from a page to the next is only the
     * paragraph still open (it may go on at the top of the next page) and whether a page start is pending.
     */
    static final class Layout {
        private final TextLines out = new TextLines();
        private final StringBuilder paragraph = new StringBuilder();
        private Line open;
        private float right;
        private boolean pendingPage;
        private int pageIndex;
        private int visible;
        private int unmapped;
        private long chars;

        /** The characters laid out so far. */
        long chars() {
            return chars;
        }

        void add(Page page) {
            for (Glyph g : page.glyphs()) {
                visible++;
                chars += g.text().length();
                if (g.text().chars().anyMatch(c -> c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF) || c < 0x20)) {
                    unmapped++;
                }
            }
            List<PdfGrid> grids = PdfGrid.find(page.rulings());
            List<Glyph> free = new ArrayList<>();
            for (Glyph g : page.glyphs()) {
                PdfGrid grid = grids.stream().filter(t -> t.contains(g)).findFirst().orElse(null);
                if (grid != null) {
                    grid.add(g);
                } else {
                    free.add(g);
                }
            }
            List<Line> lines = lines(pageIndex++, page.width(), free);
            dropPageNumbers(lines, page.height());
            float pageLeft = leftMargin(lines);
            float pageRight = (float) lines.stream().mapToDouble(Line::right).max().orElse(0);
            List<Item> items = new ArrayList<>();
            for (Line l : lines) {
                items.add(new Item(l.top(), l, null));
            }
            for (PdfGrid g : grids) {
                items.add(new Item(g.top(), null, g.rows()));
            }
            items.sort(Comparator.comparingDouble(Item::top));
            if (pendingPage) {
                out.page(); // the previous page gave no text
            }
            // The page begins on the line that holds its first text: a paragraph continued from the page before
            // (which is emitted only when it ends), or the first line or table row of its own.
            pendingPage = true;
            for (Item item : items) {
                if (item.rows() != null) {
                    if (open != null) {
                        out.paragraph(paragraph.toString());
                        open = null;
                    }
                    if (pendingPage) {
                        out.page();
                        pendingPage = false;
                    }
                    item.rows().forEach(out::row);
                    continue;
                }
                Line l = item.line();
                if (open != null && continues(open, l, right, pageLeft, pageRight)) {
                    paragraph.append(joiner(paragraph, l.text())).append(l.text());
                } else {
                    if (open != null) {
                        out.paragraph(paragraph.toString());
                    }
                    paragraph.setLength(0);
                    paragraph.append(l.text());
                }
                if (pendingPage) {
                    out.page();
                    pendingPage = false;
                }
                open = l;
                right = pageRight;
            }
        }

        ReportText finish() throws InputException {
            if (visible == 0) {
                throw new InputException(NO_TEXT);
            }
            if (unmapped * 2 > visible) {
                throw new InputException("PDF 中的文字无法提取（字体缺少字符映射，多为乱码），请先做文字识别");
            }
            if (open != null) {
                out.paragraph(paragraph.toString());
            }
            if (pendingPage) {
                out.page();
            }
            if (out.isEmpty()) {
                throw new InputException(NO_TEXT);
            }
            return out.toText(ReportText.Kind.PDF);
        }
    }

    /**
     * Whether {@code next} goes on the paragraph {@code previous} ends: the previous line runs to the right margin,
     * the next one starts at the left margin (a new paragraph is indented), in the same type size, close below it or
     * at the top of the next page, and does not start like a section heading. Or both are lines of one centred title.
     */
    private static boolean continues(Line previous, Line next, float previousRight, float left, float right) {
        if (Math.abs(previous.size() - next.size()) > 0.6f || previous.text().indexOf('\t') >= 0
                || next.text().indexOf('\t') >= 0) {
            return false;
        }
        boolean close = next.page() != previous.page() || next.y() - previous.y() <= previous.size() * 2.2f;
        if (!close || HEADING_START.matcher(next.text()).find()) {
            return false;
        }
        // Ragged-right text breaks a line when the next character does not fit, and Chinese line-breaking rules
        // move up to two characters more (no line may start with 「，」 or end with 「“」).
        // A full line also spans most of the page: on a page of a few short lines, the longest is not "full".
        boolean full = previous.right() >= previousRight - previous.size() * 2.5f
                && previous.right() - previous.left() >= previous.pageWidth() * 0.55f;
        boolean flush = next.left() <= left + next.size() * 0.5f;
        if (full && flush) {
            return true;
        }
        // A centred title wrapped over two lines, in the same (title) size, on the same page.
        float middle = (left + right) / 2;
        return next.page() == previous.page() && next.left() > left + next.size() * 2
                && Math.abs((previous.left() + previous.right()) / 2 - middle) <= previous.size()
                && Math.abs((next.left() + next.right()) / 2 - middle) <= next.size();
    }

    /** No space between Chinese characters; one between two words of Latin letters or digits. */
    static String joiner(CharSequence before, String after) {
        if (before.length() == 0 || after.isEmpty()) {
            return "";
        }
        char a = before.charAt(before.length() - 1);
        char b = after.charAt(0);
        return a < 0x2E80 && b < 0x2E80 && Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b) ? " " : "";
    }

    /** The left margin: where most lines start (paragraphs' first lines are indented, the others are not). */
    private static float leftMargin(List<Line> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        float[] lefts = new float[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            lefts[i] = Math.round(lines.get(i).left());
        }
        Arrays.sort(lefts);
        float best = lefts[0];
        int bestCount = 0;
        for (int i = 0; i < lefts.length; ) {
            int j = i;
            while (j < lefts.length && lefts[j] - lefts[i] <= TOLERANCE) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = lefts[i];
            }
            i = j;
        }
        return best;
    }

    /** A page number alone on the first or last line of a page, in the top or bottom tenth, is not report text. */
    private static void dropPageNumbers(List<Line> lines, float height) {
        if (!lines.isEmpty()) {
            Line last = lines.get(lines.size() - 1);
            if (last.y() > height * 0.85f && PAGE_NUMBER.matcher(last.text()).matches()) {
                lines.remove(lines.size() - 1);
            }
        }
        if (!lines.isEmpty()) {
            Line first = lines.get(0);
            if (first.y() < height * 0.12f && PAGE_NUMBER.matcher(first.text()).matches()) {
                lines.remove(0);
            }
        }
    }

    /** Glyphs → lines: those whose middles lie within a line's height are on that line, read left to right. */
    private static List<Line> lines(int page, float pageWidth, List<Glyph> glyphs) {
        List<List<Glyph>> groups = group(glyphs);
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> g : groups) {
            String text = text(g).strip();
            if (text.isEmpty()) {
                continue;
            }
            float size = median(g);
            float y = g.get(0).y();
            lines.add(new Line(page, pageWidth, y - size * 0.8f, y, g.get(0).x(), g.get(g.size() - 1).right(), size,
                    text));
        }
        return lines;
    }

    static List<List<Glyph>> group(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> current = null;
        float bottom = 0;
        for (Glyph g : sorted) {
            if (current == null || g.centerY() > bottom) {
                current = new ArrayList<>();
                groups.add(current);
                bottom = g.y() + g.size() * 0.15f;
            }
            current.add(g);
        }
        for (List<Glyph> line : groups) {
            line.sort(Comparator.comparingDouble(Glyph::x));
        }
        return groups;
    }

    /** A line's text: a gap of a fifth of the type size is a space, one of two sizes a tab (a column break). */
    static String text(List<Glyph> line) {
        StringBuilder sb = new StringBuilder();
        Glyph previous = null;
        for (Glyph g : line) {
            if (previous != null) {
                float gap = g.x() - previous.right();
                float size = Math.max(previous.size(), g.size());
                if (gap > size * 2f) {
                    sb.append('\t');
                } else if (gap > size * 0.2f && !previous.text().isBlank() && !g.text().isBlank()) {
                    sb.append(' ');
                }
            }
            sb.append(g.text());
            previous = g;
        }
        return sb.toString();
    }

    private static float median(List<Glyph> glyphs) {
        float[] sizes = new float[glyphs.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = glyphs.get(i).size();
        }
        Arrays.sort(sizes);
        return sizes[sizes.length / 2];
    }

    /** Collects every character PDFBox places, page by page, positions measured from the page's top left. */
    private static final class GlyphCollector extends PDFTextStripper {
        final List<List<Glyph>> pages = new ArrayList<>();

        GlyphCollector() {
            setSortByPosition(true);
            setSuppressDuplicateOverlappingText(true);
        }

        @Override
        protected void startPage(PDPage page) {
            pages.add(new ArrayList<>());
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            List<Glyph> page = pages.get(pages.size() - 1);
            for (TextPosition t : positions) {
                String u = t.getUnicode();
                if (u == null || u.isBlank()) {
                    continue;
                }
                float size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir() / 0.7f;
                page.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, u));
            }
        }
    }

    /**
     * Maps every font a PDF does not embed to the Liberation Sans that PDFBox bundles, as PDFBox itself does when
     * nothing better is installed. The text comes from the PDF's character codes and widths either way.
     */
    static final class BundledFontOnly implements FontMapper {
        private static final String FALLBACK = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
        private TrueTypeFont font;

        private synchronized TrueTypeFont font() {
            if (font == null) {
                try (var in = PdfConverter.class.getResourceAsStream(FALLBACK)) {
                    if (in == null) {
                        throw new IllegalStateException("PDFBox 的内置字体缺失：" + FALLBACK);
                    }
                    font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                } catch (IOException e) {
                    throw new IllegalStateException("PDFBox 的内置字体无法读取", e);
                }
            }
            return font;
        }

        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(font(), true);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(font(), true);
        }

        @Override
        public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
            return new CIDFontMapping(null, font(), true);
        }
    }
}
