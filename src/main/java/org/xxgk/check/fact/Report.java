package org.xxgk.check.fact;

/**
 * The report as a whole: who published it, for which year, and which template its tables follow.
 *
 * @param file        the path as given on the command line
 * @param agency      the agency's name as the report agrees on it: the title's, unless the title misspells it and
 *                    the body names it right; {@code null} when the title names none
 * @param agencyLevel {@code "government"} for a 县级以上人民政府's own report, {@code "township"} for 乡镇/街道,
 *                    {@code "department"} otherwise (it sets the publication deadline)
 * @param year        the report year stated in the title, or {@code null}
 * @param titleLine   line of the title (where the agency name stands), 0 when there is no title
 * @param template    {@code "2021"}, {@code "2019"}, {@code "mixed"} or {@code "unknown"}
 * @param lineCount   number of lines in the report text
 * @param titleAgency the agency as the title writes it, or {@code null}
 */
public record Report(String file, String agency, String agencyLevel, Integer year, int titleLine,
                     String template, int lineCount, String titleAgency) {
}
