package org.xxgk.check.fact;

import java.math.BigDecimal;

/**
 * A cell of table 二 or 三 of last year's report (see {@link PriorReport}), as {@link Cell} is for this year's: the
 * same canonical row and column labels, so a rule joins the two on {@code row} and {@code column}.
 *
 * @param table  {@code "二"} or {@code "三"}
 * @param row    canonical row label (「四、结转下年度继续办理」)
 * @param column canonical column label (「自然人」)
 * @param value  the exact value as written
 * @param line   its line in last year's report
 * @param file   last year's report
 * @param year   last year's report year
 */
public record PriorCell(String table, String row, String column, BigDecimal value, int line, String file, int year)
        implements Elsewhere {
}
