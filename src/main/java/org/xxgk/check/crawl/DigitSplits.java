package org.xxgk.check.crawl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * The ways the digit runs of one table row can be cut into the row's cells.
 *
 * <p>A row as written is a sequence of items: digit runs (each one or more cells, in order) and placeholders (one
 * cell each). A split gives every column one text. It is well formed when every cell is a number as a report
 * writes it: no leading zero except a lone 0 (「05」 is never a cell, so in 「8010000」 every 0 after the 1 stands
 * alone or ends a number), a decimal point only in a column that takes amounts (收费金额) and never first or last,
 * a sign only at the start of a run. Relations among the row's own cells (总计 = sum of the applicant columns) can
 * be given to keep only the splits that satisfy them; they are checked as soon as their cells are filled, which
 * keeps the search small even for the fifteen cells of table 四.
 */
final class DigitSplits {

    /** An item of a row: a digit run, or a placeholder that fills one cell. */
    record Item(String text, boolean placeholder) {

        /** The fewest cells the item can fill: a 0 followed by more digits stands alone (「0012」 is 0, 0, 12). */
        int minCells() {
            if (placeholder) {
                return 1;
            }
            int n = 0;
            int p = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
            while (p < text.length() && text.charAt(p) == '0' && p + 1 < text.length() && text.charAt(p + 1) != '.') {
                n++;
                p++;
            }
            return n + (p < text.length() ? 1 : 0);
        }

        /** The most cells the item can fill: one per digit. */
        int maxCells() {
            return placeholder ? 1 : (int) text.chars().filter(Character::isDigit).count();
        }

        /** Whether the run is nothing but zeros (「0000」 can only be that many zeros). */
        boolean zeros() {
            return !placeholder && text.chars().allMatch(c -> c == '0');
        }
    }

    /** A relation among a row's own cells: {@code cells[total] = Σ cells[parts]}, named by its evidence. */
    record Own(String evidence, int total, List<Integer> parts) {

        int last() {
            int last = total;
            for (int p : parts) {
                last = Math.max(last, p);
            }
            return last;
        }
    }

    /**
     * The splits found.
     *
     * @param splits    each split gives one text per column
     * @param complete  false when the search stopped at the cap or the step budget (there may be more splits than
     *                  listed)
     * @param exhausted the search stopped at the step budget: {@code splits} are not all there are, and when empty
     *                  that does not mean that none fits
     */
    record Result(List<String[]> splits, boolean complete, boolean exhausted) {
    }

    /**
     * Most steps (cells tried) one search may take. When no split fits, the search tries every well-formed one: a
     * run of 50 digits in a seven-column row has some 14 million, which took 51 s. Every row of the test suite (the
     * samples, their crawled copies, the features) needs at most 120 steps; this many take 0.1 to 0.5 s.
     */
    static final int MAX_STEPS = 200_000;
    /** Most steps all the searches of one report may take together: a report has 26 rows in table 三 alone. */
    static final long REPORT_STEPS = 600_000;

    /** The steps left to the searches of one report. */
    static final class Budget {
        private long left;

        Budget(long steps) {
            this.left = steps;
        }
    }

    private final List<Item> items;
    private final List<Boolean> decimal;
    private final List<Own> relations;
    private final int cap;
    private final int columns;
    private final int[] restMax;
    private final int limit;
    private final List<String[]> found = new ArrayList<>();
    private boolean stopped;
    private boolean exhausted;
    private int steps;

    private DigitSplits(List<Item> items, List<Boolean> decimal, List<Own> relations, int cap, int limit) {
        this.limit = limit;
        this.items = items;
        this.decimal = decimal;
        this.relations = relations;
        this.cap = cap;
        this.columns = decimal.size();
        this.restMax = new int[items.size() + 1];
        for (int i = items.size() - 1; i >= 0; i--) {
            restMax[i] = restMax[i + 1] + items.get(i).maxCells();
        }
    }

    /**
     * Every well-formed split of {@code items} into {@code decimal.size()} cells that satisfies {@code relations},
     * up to {@code cap} splits.
     *
     * @param decimal per column, whether it takes amounts with a decimal point
     */
    static Result of(List<Item> items, List<Boolean> decimal, List<Own> relations, int cap) {
        return of(items, decimal, relations, cap, new Budget(MAX_STEPS));
    }

    /** The same, taking its steps from {@code budget}, and no more than {@link #MAX_STEPS}. */
    static Result of(List<Item> items, List<Boolean> decimal, List<Own> relations, int cap, Budget budget) {
        DigitSplits s = new DigitSplits(items, decimal, relations, cap, (int) Math.max(0, Math.min(MAX_STEPS, budget.left)));
        if (!items.isEmpty()) {
            s.search(0, 0, 0, new String[s.columns]);
        }
        budget.left -= s.steps;
        return new Result(List.copyOf(s.found), !s.stopped, s.exhausted);
    }

    private void search(int item, int pos, int cell, String[] cur) {
        if (stopped) {
            return;
        }
        if (++steps > limit) {
            stopped = true;
            exhausted = true;
            return;
        }
        if ((steps & 0xFFF) == 0 && Thread.currentThread().isInterrupted()) {
            // The report's time is up (the checker interrupts its worker): stop using the CPU.
            throw new CancellationException("digit split search");
        }
        if (item == items.size()) {
            if (cell == columns) {
                if (found.size() == cap) {
                    stopped = true;
                    return;
                }
                found.add(cur.clone());
            }
            return;
        }
        if (cell == columns) {
            return;
        }
        Item it = items.get(item);
        if (it.placeholder()) {
            cur[cell] = it.text();
            if (fits(cur, cell) && feasible(columns - cell - 1, items.size() - item - 1, restMax[item + 1])) {
                search(item + 1, 0, cell + 1, cur);
            }
            return;
        }
        String run = it.text();
        for (int end = pos + 1; end <= run.length(); end++) {
            String text = run.substring(pos, end);
            if (!wellFormed(text, decimal.get(cell))) {
                if (leadingZero(text)) {
                    break; // 「0」 followed by more digits: every longer cell starts with 0 too
                }
                continue;
            }
            boolean runEnds = end == run.length();
            int material = (int) run.substring(end).chars().filter(Character::isDigit).count() + restMax[item + 1];
            int itemsLeft = items.size() - item - 1 + (runEnds ? 0 : 1);
            if (!feasible(columns - cell - 1, itemsLeft, material)) {
                continue;
            }
            cur[cell] = text;
            if (!fits(cur, cell)) {
                continue;
            }
            if (runEnds) {
                search(item + 1, 0, cell + 1, cur);
            } else {
                search(item, end, cell + 1, cur);
            }
        }
        cur[cell] = null;
    }

    private static boolean feasible(int cellsLeft, int itemsLeft, int material) {
        return cellsLeft >= itemsLeft && cellsLeft <= material;
    }

    private static boolean leadingZero(String text) {
        String digits = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
        return digits.length() > 1 && digits.charAt(0) == '0' && digits.charAt(1) != '.';
    }

    /** A cell as a report writes it: 0, 12, 44.895844 (amount columns only), a sign only in front. */
    static boolean wellFormed(String text, boolean decimalColumn) {
        String digits = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
        if (digits.isEmpty()) {
            return false;
        }
        int dot = digits.indexOf('.');
        String whole = digits;
        if (dot >= 0) {
            if (!decimalColumn || dot == 0 || dot == digits.length() - 1 || digits.indexOf('.', dot + 1) >= 0) {
                return false;
            }
            whole = digits.substring(0, dot);
        }
        if (whole.length() > 1 && whole.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** Whether the relations completed by filling {@code cell} hold (a relation over a placeholder is not tested). */
    private boolean fits(String[] cur, int cell) {
        for (Own r : relations) {
            if (r.last() != cell) {
                continue;
            }
            BigDecimal total = value(cur[r.total()]);
            if (total == null) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            boolean numeric = true;
            for (int p : r.parts()) {
                BigDecimal v = value(cur[p]);
                if (v == null) {
                    numeric = false;
                    break;
                }
                sum = sum.add(v);
            }
            if (numeric && sum.compareTo(total) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The value of a cell text, or null for a placeholder. */
    static BigDecimal value(String text) {
        if (text == null || text.isEmpty() || !(Character.isDigit(text.charAt(text.length() - 1)))) {
            return null;
        }
        try {
            return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
