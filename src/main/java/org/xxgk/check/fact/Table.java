package org.xxgk.check.fact;

/**
 * A statistical table found in the report.
 *
 * @param name    {@code "二"}, {@code "三"} or {@code "四"}
 * @param line    first line of the table
 * @param endLine last line of the table
 */
public record Table(String name, int line, int endLine) {
}
