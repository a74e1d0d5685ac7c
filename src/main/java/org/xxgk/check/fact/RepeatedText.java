package org.xxgk.check.fact;

import java.math.BigDecimal;

/**
 * How much of a section's text repeats another report's same section, as the cross-report phase measured it (hashed
 * character 8-grams of the cleaned sentences, digits counted as one digit, template phrases and phrases most reports
 * of the batch share left out). One for last year's report of the same agency (when paired), one for the report of
 * another agency of the same year that repeats most (when one repeats anything), per section 一 and 五.
 *
 * @param section     1 or 5
 * @param percent     the share of the section's measured text found in the other report, per cent, one decimal
 * @param chars       the section's text length (characters, without white space and punctuation)
 * @param measured    how many of its phrases were measured (boilerplate excluded): a share of a few is no evidence
 * @param sameAgency  whether the other report is the same agency's (last year's) rather than another agency's
 * @param file        the other report
 * @param agency      its agency name
 * @param year        its report year
 * @param thisLine    the line of the first repeated sentence in this report (the section's heading when none)
 * @param line        that sentence's line in the other report
 * @param quotes      the first repeated sentences, as this report writes them, each with its line here and in the
 *                    other report: 「第59行“一是扎实推进依申请公开工作…”（对方第59行）」, joined with 「；」
 */
public record RepeatedText(int section, BigDecimal percent, int chars, int measured, boolean sameAgency, String file,
                           String agency, int year, int thisLine, int line, String quotes) implements Elsewhere {
}
