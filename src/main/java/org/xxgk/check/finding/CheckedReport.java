package org.xxgk.check.finding;

import java.util.List;

/**
 * The outcome for one report file, as reporters see it.
 *
 * @param file       the path as given
 * @param agency     the agency named in the title, or {@code null}
 * @param year       the report year, or {@code null}
 * @param template   the detected template
 * @param findings   active findings, sorted by line
 * @param suppressed findings a suppression in the config matched, each with its reason
 * @param error      a message when the file could not be checked at all (then there are no findings)
 */
public record CheckedReport(String file, String agency, Integer year, String template, List<Finding> findings,
                            List<Suppressed> suppressed, String error) {

    public CheckedReport {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
    }

    public static CheckedReport failed(String file, String error) {
        return new CheckedReport(file, null, null, null, List.of(), List.of(), error);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** A finding that a suppression matched: still listed, but counted apart and never failing the run. */
    public record Suppressed(Finding finding, String reason) {
    }
}
