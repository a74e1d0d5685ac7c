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
 * @param source   {@code "direct"} when read from a separated cell; otherwise how the value was inferred
 */
public record Cell(String table, String row, String column, BigDecimal value, int line, String source) {

    public Cell(String table, String row, String column, BigDecimal value, int line) {
        this(table, row, column, value, line, "direct");
    }

    /** Whether the value is a whole number (counts must be). */
    public boolean integral() {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
