package org.xxgk.check.fact;

import java.math.BigDecimal;

/**
 * One numeric cell of table 二, 三 or 四, identified by its canonical row and column labels.
 *
 * @param table    {@code "二"}, {@code "三"} or {@code "四"}
 * @param row      canonical row label in the template's own words (「（三）不予公开/1.属于国家秘密」)
 * @param column   canonical column label (「自然人」, 「本年收费金额（单位：万元）」)
 * @param value    the exact value as written (44.895844 stays 44.895844)
 * @param line     source line of the value
 * @param source   how the value was read: {@code "direct"} from a cell of its own; {@code "split"} from a digit run
 *                 whose cells ran together (「801000081」) and that has only one well-formed split into the row's
 *                 cells; {@code "inferred:<evidence>[+<evidence>…]"} when several splits were well-formed and the
 *                 listed evidence left exactly one: {@code row-total} (the row's own 总计), {@code subtotal},
 *                 {@code review-total} (table 四's group totals), {@code result-total} (（七）总计 over the result
 *                 rows), {@code balance} (一 + 二 = （七） + 四), {@code narrative} (numbers stated in the prose).
 *                 A rule must not use a cell as evidence for a relation that chose it: see {@link #inferredBy}.
 */
public record Cell(String table, String row, String column, BigDecimal value, int line, String source) {

    /** The prefix of {@code source} for values chosen by evidence. */
    public static final String INFERRED = "inferred:";

    public Cell(String table, String row, String column, BigDecimal value, int line) {
        this(table, row, column, value, line, "direct");
    }

    /**
     * Whether the value was chosen, among several possible splits of a digit run, because it satisfies
     * {@code evidence} (one of the names listed under {@code source}). Such a value cannot show that the relation
     * is broken, so the rule that checks that relation skips it.
     */
    public boolean inferredBy(String evidence) {
        if (!source.startsWith(INFERRED)) {
            return false;
        }
        for (String e : source.substring(INFERRED.length()).split("\\+")) {
            if (e.equals(evidence)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the value was chosen by evidence rather than read or split unambiguously. */
    public boolean inferred() {
        return source.startsWith(INFERRED);
    }

    /** Whether the value is a whole number (counts must be). */
    public boolean integral() {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
