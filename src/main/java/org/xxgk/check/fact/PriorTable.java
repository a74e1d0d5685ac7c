package org.xxgk.check.fact;

/**
 * A statistical table of last year's report (see {@link PriorReport}), as {@link Table} is for this year's.
 *
 * @param name    {@code "二"}, {@code "三"} or {@code "四"}
 * @param line    its first line in last year's report
 * @param endLine its last line
 * @param file    last year's report
 * @param year    last year's report year
 */
public record PriorTable(String name, int line, int endLine, String file, int year) implements Elsewhere {
}
