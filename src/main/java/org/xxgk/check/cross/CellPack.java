package org.xxgk.check.cross;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.xxgk.check.fact.Cell;

/**
 * The cells of tables 二 and 三 of one report, packed: a label number and a line per cell (6 bytes), and a value for
 * the few that are not 0 (most of table 三 is), where a {@link Cell} fact takes some 100 bytes. Cells come back as
 * facts only while the report's cross-report rules run. Labels (table, row, column) are numbered once for the whole
 * run: every report uses the same few hundred.
 */
final class CellPack {

    /** Table → row → column → number. Nested, not a joined key: labels are the templates' own strings, hashed once. */
    private static final Map<String, Map<String, Map<String, Integer>>> NUMBERS = new ConcurrentHashMap<>();
    /** Written a few hundred times in a run, read for every cell: copy on write. */
    private static final List<String[]> LABELS = new CopyOnWriteArrayList<>();

    private final short[] labels;
    private final int[] lines;
    /** The cells whose value is not 0, in order, and their values. */
    private final short[] nonZero;
    private final long[] values;
    /** Values that are not whole numbers or do not fit a long (收费金额 7730.28), else null; sparse. */
    private final BigDecimal[] exact;
    /** How each value was read, when any was not read directly (a crawler copy's digits), else null. */
    private final String[] sources;

    private CellPack(short[] labels, int[] lines, short[] nonZero, long[] values, BigDecimal[] exact,
                     String[] sources) {
        this.labels = labels;
        this.lines = lines;
        this.nonZero = nonZero;
        this.values = values;
        this.exact = exact;
        this.sources = sources;
    }

    /** The cells of the tables named. */
    static CellPack of(List<Cell> cells, List<String> tables) {
        List<Cell> kept = cells.stream().filter(c -> tables.contains(c.table())).toList();
        int n = kept.size();
        short[] labels = new short[n];
        int[] lines = new int[n];
        short[] nonZero = new short[(int) kept.stream().filter(c -> c.value().signum() != 0).count()];
        long[] values = new long[nonZero.length];
        BigDecimal[] exact = null;
        String[] sources = null;
        int k = 0;
        for (int i = 0; i < n; i++) {
            Cell c = kept.get(i);
            labels[i] = number(c.table(), c.row(), c.column());
            lines[i] = c.line();
            BigDecimal v = c.value();
            if (v.signum() != 0) {
                nonZero[k] = (short) i;
                if (v.scale() == 0 && v.unscaledValue().bitLength() < 63) {
                    values[k] = v.longValueExact();
                } else {
                    exact = exact == null ? new BigDecimal[nonZero.length] : exact;
                    exact[k] = v;
                }
                k++;
            }
            if (!c.source().equals("direct")) {
                sources = sources == null ? new String[n] : sources;
                sources[i] = c.source().intern();
            }
        }
        return new CellPack(labels, lines, nonZero, values, exact, sources);
    }

    /** The cells as facts of the kind {@code make} builds (this year's {@link Cell}, last year's prior cell). */
    <T> List<T> facts(CellFactory<T> make) {
        List<T> out = new ArrayList<>(labels.length);
        int k = 0;
        for (int i = 0; i < labels.length; i++) {
            String[] label = label(labels[i]);
            BigDecimal value = BigDecimal.ZERO;
            if (k < nonZero.length && nonZero[k] == i) {
                value = exact != null && exact[k] != null ? exact[k] : BigDecimal.valueOf(values[k]);
                k++;
            }
            out.add(make.cell(label[0], label[1], label[2], value, lines[i],
                    sources == null || sources[i] == null ? "direct" : sources[i]));
        }
        return out;
    }

    /** This year's cells as {@link Cell} facts. */
    List<Cell> cells() {
        return facts(Cell::new);
    }

    int size() {
        return labels.length;
    }

    /** About how many bytes the pack holds on the heap (arrays and their headers; shared labels not counted). */
    long bytes() {
        return 16L * 5 + 2L * labels.length + 4L * lines.length + 2L * nonZero.length + 8L * values.length
                + (exact == null ? 0 : 4L * exact.length + 40L * nonZero.length)
                + (sources == null ? 0 : 4L * sources.length);
    }

    /** Builds one cell fact. */
    @FunctionalInterface
    interface CellFactory<T> {
        T cell(String table, String row, String column, BigDecimal value, int line, String source);
    }

    /** The label's number: the templates know a few hundred labels, well within a short. */
    private static short number(String table, String row, String column) {
        Map<String, Integer> columns = NUMBERS.computeIfAbsent(table, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(row, r -> new ConcurrentHashMap<>());
        Integer known = columns.get(column);
        if (known == null) {
            synchronized (LABELS) {
                known = columns.computeIfAbsent(column, c -> {
                    LABELS.add(new String[] {table.intern(), row.intern(), column.intern()});
                    return LABELS.size() - 1;
                });
            }
        }
        if (known > Short.MAX_VALUE) {
            throw new IllegalStateException("more than " + Short.MAX_VALUE + " table labels");
        }
        return known.shortValue();
    }

    private static String[] label(int number) {
        return LABELS.get(number);
    }

}
