package org.xxgk.check.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A table found from its rules. The distinct positions of its horizontal rules cut it into rows, those of its
 * vertical rules into columns; two neighbouring grid positions with no rule between them belong to one cell.
 */
final class PdfGrid {
    private final float[] xs;
    private final float[] ys;
    private final int[] cellOf;
    private final List<List<PdfConverter.Glyph>> glyphs = new ArrayList<>();

    private PdfGrid(float[] xs, float[] ys, List<PdfConverter.Ruling> rulings) {
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
    static List<PdfGrid> find(List<PdfConverter.Ruling> raw) {
        List<PdfConverter.Ruling> rulings = merge(raw);
        int n = rulings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            PdfConverter.Ruling a = rulings.get(i);
            if (!a.horizontal()) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                PdfConverter.Ruling b = rulings.get(j);
                if (!b.horizontal() && crosses(a, b)) {
                    union(parent, i, j);
                }
            }
        }
        List<PdfGrid> grids = new ArrayList<>();
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (done[root]) {
                continue;
            }
            done[root] = true;
            List<PdfConverter.Ruling> group = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (find(parent, j) == root) {
                    group.add(rulings.get(j));
                }
            }
            float[] ys = outline(positions(group, true), group, false);
            float[] xs = outline(positions(group, false), group, true);
            if (ys.length >= 2 && xs.length >= 2) {
                grids.add(new PdfGrid(xs, ys, group));
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
    private static float[] outline(float[] edges, List<PdfConverter.Ruling> group, boolean across) {
        if (edges.length == 0) {
            return edges;
        }
        float start = Float.MAX_VALUE;
        float end = -Float.MAX_VALUE;
        for (PdfConverter.Ruling r : group) {
            if (r.horizontal() == across) {
                start = Math.min(start, r.from());
                end = Math.max(end, r.to());
            }
        }
        float[] out = edges;
        if (end > out[out.length - 1] + 3 * PdfConverter.TOLERANCE) {
            out = Arrays.copyOf(out, out.length + 1);
            out[out.length - 1] = end;
        }
        if (start < out[0] - 3 * PdfConverter.TOLERANCE) {
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

    boolean contains(PdfConverter.Glyph g) {
        float x = g.centerX();
        float y = g.centerY();
        return x > xs[0] && x < xs[xs.length - 1] && y > ys[0] && y < ys[ys.length - 1];
    }

    void add(PdfConverter.Glyph g) {
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
    private static String cellText(List<PdfConverter.Glyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        for (List<PdfConverter.Glyph> line : PdfConverter.group(glyphs)) {
            String text = PdfConverter.text(line).replace('\t', ' ').strip();
            if (text.isEmpty()) {
                continue;
            }
            sb.append(PdfConverter.joiner(sb, text)).append(text);
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

    private static boolean ruled(List<PdfConverter.Ruling> rulings, boolean horizontal, float pos, float at) {
        for (PdfConverter.Ruling r : rulings) {
            if (r.horizontal() == horizontal && Math.abs(r.pos() - pos) <= PdfConverter.TOLERANCE
                    && at >= r.from() - PdfConverter.TOLERANCE && at <= r.to() + PdfConverter.TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    private static boolean crosses(PdfConverter.Ruling h, PdfConverter.Ruling v) {
        return v.pos() >= h.from() - PdfConverter.TOLERANCE && v.pos() <= h.to() + PdfConverter.TOLERANCE
                && h.pos() >= v.from() - PdfConverter.TOLERANCE && h.pos() <= v.to() + PdfConverter.TOLERANCE;
    }

    private static float[] positions(List<PdfConverter.Ruling> group, boolean horizontal) {
        float[] sorted = new float[group.size()];
        int n = 0;
        for (PdfConverter.Ruling r : group) {
            if (r.horizontal() == horizontal) {
                sorted[n++] = r.pos();
            }
        }
        Arrays.sort(sorted, 0, n);
        float[] distinct = new float[n];
        int d = 0;
        for (int i = 0; i < n; i++) {
            if (d == 0 || sorted[i] - distinct[d - 1] > PdfConverter.TOLERANCE) {
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
    static List<PdfConverter.Ruling> merge(List<PdfConverter.Ruling> rulings) {
        List<PdfConverter.Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort(Comparator.comparing(PdfConverter.Ruling::horizontal).thenComparingDouble(PdfConverter.Ruling::pos));
        List<PdfConverter.Ruling> merged = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i + 1;
            while (j < sorted.size() && sorted.get(j).horizontal() == sorted.get(i).horizontal()
                    && sorted.get(j).pos() - sorted.get(j - 1).pos() <= 1f) {
                j++;
            }
            List<PdfConverter.Ruling> cluster = new ArrayList<>(sorted.subList(i, j));
            cluster.sort(Comparator.comparingDouble(PdfConverter.Ruling::from));
            PdfConverter.Ruling open = null;
            for (PdfConverter.Ruling r : cluster) {
                if (open != null && r.from() <= open.to() + PdfConverter.TOLERANCE) {
                    open = new PdfConverter.Ruling(open.horizontal(), open.pos(), open.from(), Math.max(open.to(), r.to()));
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
