package org.xxgk.check.cross;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.xxgk.check.fact.Cell;

/**
 * The cells of tables 二 and 三 of one report, packed: a label number, a line and a value per cell, about 16 bytes
 * where a {@link Cell} fact takes some 100. Cells come back as facts only while the report's cross-report rules run.
 * Labels (table, row, column) are numbered once for the whole run: every report uses the same few hundred.
 */
final class CellPack {

    private static final Map<String, Integer> NUMBERS = new ConcurrentHashMap<>();
    /** Written a few hundred times in a run, read for every cell: copy on write. */
    private static final List<String[]> LABELS = new CopyOnWriteArrayList<>();

    private final int[] labels;
    private final int[] lines;
    private final long[] values;
    /** Values that are not whole numbers or do not fit a long (收费金额 7730.28), else null; sparse. */
    private final BigDecimal[] exact;
    /** How each value was read, when any was not read directly (a crawler copy's digits), else null. */
    private final String[] sources;

    private CellPack(int[] labels, int[] lines, long[] values, BigDecimal[] exact, String[] sources) {
        this.labels = labels;
        this.lines = lines;
        this.values = values;
        this.exact = exact;
        this.sources = sources;
    }

    /** The cells of the tables named. */
    static CellPack of(List<Cell> cells, List<String> tables) {
        List<Cell> kept = cells.stream().filter(c -> tables.contains(c.table())).toList();
        int n = kept.size();
        int[] labels = new int[n];
        int[] lines = new int[n];
        long[] values = new long[n];
        BigDecimal[] exact = null;
        String[] sources = null;
        for (int i = 0; i < n; i++) {
            Cell c = kept.get(i);
            labels[i] = number(c.table(), c.row(), c.column());
            lines[i] = c.line();
            BigDecimal v = c.value();
            if (v.scale() == 0 && v.unscaledValue().bitLength() < 63) {
                values[i] = v.longValueExact();
            } else {
                exact = exact == null ? new BigDecimal[n] : exact;
                exact[i] = v;
            }
            if (!c.source().equals("direct")) {
                sources = sources == null ? new String[n] : sources;
                sources[i] = c.source().intern();
            }
        }
        return new CellPack(labels, lines, values, exact, sources);
    }

    /** The cells as facts of the kind {@code make} builds (this year's {@link Cell}, last year's prior cell). */
    <T> List<T> facts(CellFactory<T> make) {
        List<T> out = new ArrayList<>(labels.length);
        for (int i = 0; i < labels.length; i++) {
            String[] label = label(labels[i]);
            BigDecimal value = exact != null && exact[i] != null ? exact[i] : BigDecimal.valueOf(values[i]);
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

    /** Builds one cell fact. */
    @FunctionalInterface
    interface CellFactory<T> {
        T cell(String table, String row, String column, BigDecimal value, int line, String source);
    }

    private static int number(String table, String row, String column) {
        String key = table + "\u0000" + row + "\u0000" + column;
        Integer known = NUMBERS.get(key);
        if (known != null) {
            return known;
        }
        synchronized (LABELS) {
            return NUMBERS.computeIfAbsent(key, k -> {
                LABELS.add(new String[] {table.intern(), row.intern(), column.intern()});
                return LABELS.size() - 1;
            });
        }
    }

    private static String[] label(int number) {
        return LABELS.get(number);
    }

}
