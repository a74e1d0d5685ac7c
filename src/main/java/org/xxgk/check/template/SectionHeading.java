package org.xxgk.check.template;

/**
 * A section heading as found in a report.
 *
 * @param number 1–6
 * @param title  the title as written, without its numeral
 * @param form   {@code "short"} (the template attachment's wording), {@code "long"} (the notice body's) or
 *               {@code "other"}
 * @param line   the line it stands on (1-based; a virtual line for a report whose line breaks were lost)
 */
public record SectionHeading(int number, String title, String form, int line) {
}
