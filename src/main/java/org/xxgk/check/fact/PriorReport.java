package org.xxgk.check.fact;

/**
 * Last year's report of the same agency, in the cross-report phase: the report this one was paired with (same
 * agency name once full-width forms and region prefixes are set aside, year one less). There is at most one; none
 * when the batch (and {@code --previous}) holds no such report.
 *
 * @param file      its path as given
 * @param agency    its agency name
 * @param year      its report year
 * @param titleLine the line of its title
 * @param template  its tables' template: {@code "2021"}, {@code "2019"}, {@code "mixed"} or {@code "unknown"}
 */
public record PriorReport(String file, String agency, int year, int titleLine, String template)
        implements Elsewhere {

    @Override
    public int line() {
        return titleLine;
    }
}
