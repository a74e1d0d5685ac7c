package org.xxgk.check.fact;

/**
 * In the cross-report phase: this report could not be paired with last year's report, and why. The pairing never
 * guesses: a report without an agency name or a year has no pair, nor one with several candidates.
 *
 * @param reason     {@code "no-agency"} (the title names no agency), {@code "no-year"} (no report year in the title
 *                   or the statistics period) or {@code "ambiguous"} (several reports of last year fit)
 * @param candidates for {@code ambiguous}, the files that fit, joined with 「、」; else {@code ""}
 */
public record Unpaired(String reason, String candidates) {
}
