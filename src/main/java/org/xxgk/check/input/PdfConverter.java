package org.xxgk.check.input;

import java.awt.geom.Point2D;
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
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
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
    private static final float TOLERANCE = 2f;
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
                    RulingCollector collector = new RulingCollector(page);
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
            List<Grid> grids = Grid.find(page.rulings());
            List<Glyph> free = new ArrayList<>();
            for (Glyph g : page.glyphs()) {
                Grid grid = grids.stream().filter(t -> t.contains(g)).findFirst().orElse(null);
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
            for (Grid g : grids) {
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
    private static String joiner(CharSequence before, String after) {
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

    /**
     * A table found from its rules. The distinct positions of its horizontal rules cut it into rows, those of its
     * vertical rules into columns; two neighbouring grid positions with no rule between them belong to one cell.
     */
    static final class Grid {
        private final float[] xs;
        private final float[] ys;
        private final int[] cellOf;
        private final List<List<Glyph>> glyphs = new ArrayList<>();

        private Grid(float[] xs, float[] ys, List<Ruling> rulings) {
            this.xs = xs;
            this.ys = ys;
            int rows = ys.length - 1;
            int cols = xs.length - 1;
            int[] parent = new int[rows * cols];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    float midY = (ys[r] + ys[r + 1]) / 2;
                    float midX = (xs[c] + xs[c + 1]) / 2;
                    if (c + 1 < cols && !ruled(rulings, false, xs[c + 1], midY)) {
                        union(parent, r * cols + c, r * cols + c + 1);
                    }
                    if (r + 1 < rows && !ruled(rulings, true, ys[r + 1], midX)) {
                        union(parent, r * cols + c, (r + 1) * cols + c);
                    }
                }
            }
            // Every cell is named by its first (top, then left) grid position.
            cellOf = new int[parent.length];
            int[] first = new int[parent.length];
            Arrays.fill(first, Integer.MAX_VALUE);
            for (int i = 0; i < parent.length; i++) {
                int root = find(parent, i);
                first[root] = Math.min(first[root], i);
            }
            for (int i = 0; i < parent.length; i++) {
                cellOf[i] = first[find(parent, i)];
            }
            for (int i = 0; i < parent.length; i++) {
                glyphs.add(new ArrayList<>());
            }
        }

        /**
         * The tables among a page's rules: groups of crossing rules with at least one column and one row. A ruled box
         * of one column is a table too (a report that gives each cell a line of its own, printed as a one-column
         * table): its lines are cells, never taken for page numbers.
         */
        static List<Grid> find(List<Ruling> raw) {
            List<Ruling> rulings = merge(raw);
            int n = rulings.size();
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            for (int i = 0; i < n; i++) {
                Ruling a = rulings.get(i);
                if (!a.horizontal()) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    Ruling b = rulings.get(j);
                    if (!b.horizontal() && crosses(a, b)) {
                        union(parent, i, j);
                    }
                }
            }
            List<Grid> grids = new ArrayList<>();
            boolean[] done = new boolean[n];
            for (int i = 0; i < n; i++) {
                int root = find(parent, i);
                if (done[root]) {
                    continue;
                }
                done[root] = true;
                List<Ruling> group = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    if (find(parent, j) == root) {
                        group.add(rulings.get(j));
                    }
                }
                float[] ys = outline(positions(group, true), group, false);
                float[] xs = outline(positions(group, false), group, true);
                if (ys.length >= 2 && xs.length >= 2) {
                    grids.add(new Grid(xs, ys, group));
                }
            }
            return grids;
        }

        /**
         * The edges of a table whose outer border is not drawn: a table that goes on over a page break has no
         * bottom rule on the first page (and no top rule on the next), but its column rules run on to where the
         * last row ends. Where the crossing rules reach more than a few points beyond the outermost edge, their
         * common end is an edge too.
         *
         * @param edges  the distinct positions of the rules across this direction
         * @param across whether the crossing rules are horizontal (then the edges are x positions)
         */
        private static float[] outline(float[] edges, List<Ruling> group, boolean across) {
            if (edges.length == 0) {
                return edges;
            }
            float start = Float.MAX_VALUE;
            float end = -Float.MAX_VALUE;
            for (Ruling r : group) {
                if (r.horizontal() == across) {
                    start = Math.min(start, r.from());
                    end = Math.max(end, r.to());
                }
            }
            float[] out = edges;
            if (end > out[out.length - 1] + 3 * TOLERANCE) {
                out = Arrays.copyOf(out, out.length + 1);
                out[out.length - 1] = end;
            }
            if (start < out[0] - 3 * TOLERANCE) {
                float[] grown = new float[out.length + 1];
                grown[0] = start;
                System.arraycopy(out, 0, grown, 1, out.length);
                out = grown;
            }
            return out;
        }

        float top() {
            return ys[0];
        }

        boolean contains(Glyph g) {
            float x = g.centerX();
            float y = g.centerY();
            return x > xs[0] && x < xs[xs.length - 1] && y > ys[0] && y < ys[ys.length - 1];
        }

        void add(Glyph g) {
            int c = slot(xs, g.centerX());
            int r = slot(ys, g.centerY());
            glyphs.get(cellOf[r * (xs.length - 1) + c]).add(g);
        }

        /** Each grid row as cells: a cell's text in its first position, null for the positions it spans. */
        List<List<String>> rows() {
            int cols = xs.length - 1;
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < ys.length - 1; r++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    int i = r * cols + c;
                    cells.add(cellOf[i] == i ? cellText(glyphs.get(i)) : null);
                }
                rows.add(cells);
            }
            return rows;
        }

        /** A cell's lines joined into one: text wrapped by the cell's width is one label again. */
        private static String cellText(List<Glyph> glyphs) {
            StringBuilder sb = new StringBuilder();
            for (List<Glyph> line : group(glyphs)) {
                String text = text(line).replace('\t', ' ').strip();
                if (text.isEmpty()) {
                    continue;
                }
                sb.append(joiner(sb, text)).append(text);
            }
            return sb.toString();
        }

        private static int slot(float[] edges, float v) {
            for (int i = 0; i < edges.length - 1; i++) {
                if (v < edges[i + 1]) {
                    return i;
                }
            }
            return edges.length - 2;
        }

        private static boolean ruled(List<Ruling> rulings, boolean horizontal, float pos, float at) {
            for (Ruling r : rulings) {
                if (r.horizontal() == horizontal && Math.abs(r.pos() - pos) <= TOLERANCE
                        && at >= r.from() - TOLERANCE && at <= r.to() + TOLERANCE) {
                    return true;
                }
            }
            return false;
        }

        private static boolean crosses(Ruling h, Ruling v) {
            return v.pos() >= h.from() - TOLERANCE && v.pos() <= h.to() + TOLERANCE
                    && h.pos() >= v.from() - TOLERANCE && h.pos() <= v.to() + TOLERANCE;
        }

        private static float[] positions(List<Ruling> group, boolean horizontal) {
            float[] sorted = new float[group.size()];
            int n = 0;
            for (Ruling r : group) {
                if (r.horizontal() == horizontal) {
                    sorted[n++] = r.pos();
                }
            }
            Arrays.sort(sorted, 0, n);
            float[] distinct = new float[n];
            int d = 0;
            for (int i = 0; i < n; i++) {
                if (d == 0 || sorted[i] - distinct[d - 1] > TOLERANCE) {
                    distinct[d++] = sorted[i];
                }
            }
            return Arrays.copyOf(distinct, d);
        }

        /**
         * Joins pieces of one rule: the same line drawn cell by cell, or drawn twice. Rules at nearly the same
         * position (within a point: two tables' borders drawn a fraction apart) form one cluster, and overlapping or
         * touching pieces of a cluster are joined, whatever order they were drawn in.
         */
        static List<Ruling> merge(List<Ruling> rulings) {
            List<Ruling> sorted = new ArrayList<>(rulings);
            sorted.sort(Comparator.comparing(Ruling::horizontal).thenComparingDouble(Ruling::pos));
            List<Ruling> merged = new ArrayList<>();
            int i = 0;
            while (i < sorted.size()) {
                int j = i + 1;
                while (j < sorted.size() && sorted.get(j).horizontal() == sorted.get(i).horizontal()
                        && sorted.get(j).pos() - sorted.get(j - 1).pos() <= 1f) {
                    j++;
                }
                List<Ruling> cluster = new ArrayList<>(sorted.subList(i, j));
                cluster.sort(Comparator.comparingDouble(Ruling::from));
                Ruling open = null;
                for (Ruling r : cluster) {
                    if (open != null && r.from() <= open.to() + TOLERANCE) {
                        open = new Ruling(open.horizontal(), open.pos(), open.from(), Math.max(open.to(), r.to()));
                    } else {
                        if (open != null) {
                            merged.add(open);
                        }
                        open = r;
                    }
                }
                merged.add(open);
                i = j;
            }
            return merged;
        }

        private static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        private static void union(int[] parent, int a, int b) {
            parent[find(parent, a)] = find(parent, b);
        }
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
     * Collects the straight lines a page draws: stroked horizontal and vertical segments, and thin filled rectangles
     * (Word draws table borders that way). Positions are turned into the text's frame: from the crop box's top left.
     */
    private static final class RulingCollector extends PDFGraphicsStreamEngine {
        final List<Ruling> rulings = new ArrayList<>();
        private final float left;
        private final float top;
        private final List<float[]> segments = new ArrayList<>();
        private final List<float[]> rectangles = new ArrayList<>();
        private final Point2D.Float current = new Point2D.Float();
        private final Point2D.Float start = new Point2D.Float();

        RulingCollector(PDPage page) {
            super(page);
            PDRectangle crop = page.getCropBox();
            left = crop.getLowerLeftX();
            top = crop.getUpperRightY();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            float x0 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
            float x1 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
            float y0 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
            float y1 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
            rectangles.add(new float[] {x0, y0, x1, y1});
            current.setLocation(p0);
            start.setLocation(p0);
        }

        @Override
        public void moveTo(float x, float y) {
            current.setLocation(x, y);
            start.setLocation(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            segments.add(new float[] {current.x, current.y, x, y});
            current.setLocation(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current.setLocation(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return (Point2D) current.clone();
        }

        @Override
        public void closePath() {
            segments.add(new float[] {current.x, current.y, start.x, start.y});
            current.setLocation(start);
        }

        @Override
        public void endPath() {
            segments.clear();
            rectangles.clear();
        }

        @Override
        public void strokePath() {
            for (float[] s : segments) {
                segment(s[0], s[1], s[2], s[3]);
            }
            for (float[] r : rectangles) {
                segment(r[0], r[1], r[2], r[1]);
                segment(r[0], r[3], r[2], r[3]);
                segment(r[0], r[1], r[0], r[3]);
                segment(r[2], r[1], r[2], r[3]);
            }
            endPath();
        }

        @Override
        public void fillPath(int windingRule) {
            for (float[] r : rectangles) {
                thin(r[0], r[1], r[2], r[3]);
            }
            // A rectangle drawn as a closed path of four lines.
            if (!segments.isEmpty() && segments.size() <= 5) {
                float x0 = Float.MAX_VALUE;
                float y0 = Float.MAX_VALUE;
                float x1 = -Float.MAX_VALUE;
                float y1 = -Float.MAX_VALUE;
                for (float[] s : segments) {
                    x0 = Math.min(x0, Math.min(s[0], s[2]));
                    x1 = Math.max(x1, Math.max(s[0], s[2]));
                    y0 = Math.min(y0, Math.min(s[1], s[3]));
                    y1 = Math.max(y1, Math.max(s[1], s[3]));
                }
                thin(x0, y0, x1, y1);
            }
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
        }

        private void thin(float x0, float y0, float x1, float y1) {
            float w = x1 - x0;
            float h = y1 - y0;
            if (h <= 3f && w > 3f) {
                segment(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
            } else if (w <= 3f && h > 3f) {
                segment((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
            }
        }

        /** A segment in PDF space (origin bottom left) → a ruling measured from the top left, if straight. */
        private void segment(float x0, float y0, float x1, float y1) {
            float ax = x0 - left;
            float bx = x1 - left;
            float ay = top - y0;
            float by = top - y1;
            if (Math.abs(ay - by) <= 0.5f && Math.abs(ax - bx) > 1f) {
                rulings.add(new Ruling(true, (ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
            } else if (Math.abs(ax - bx) <= 0.5f && Math.abs(ay - by) > 1f) {
                rulings.add(new Ruling(false, (ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
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
