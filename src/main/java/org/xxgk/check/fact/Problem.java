package org.xxgk.check.fact;

/**
 * Damage or doubt the parser met: a truncated table, a placeholder in a cell, values that fit no row.
 * The parser never throws on damage and never invents values; it records a problem instead.
 *
 * @param kind    what went wrong (for example {@code "truncated"}, {@code "missing-rows"}, {@code "placeholder"})
 * @param table   the table concerned, or {@code ""}
 * @param row     the canonical row concerned, or {@code ""}
 * @param column  the canonical column concerned, or {@code ""}
 * @param line    source line
 * @param value   the offending text as written (「/」 for a placeholder), or {@code ""}
 * @param message a Chinese sentence for the reviewer that says what was found
 */
public record Problem(String kind, String table, String row, String column, int line, String value, String message) {

    /** A problem without an offending text. */
    public Problem(String kind, String table, String row, String column, int line, String message) {
        this(kind, table, row, column, line, "", message);
    }
}
