package org.xxgk.check.finding;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
 * @param baselined  findings whose fingerprint the baseline lists: reviewed before, listed apart, never failing
 * @param view       the report's text and the cells the parser read, for the annotated view; {@code null} when the
 *                   output does not show it (it costs memory on a large batch)
 */
public record CheckedReport(String file, String agency, Integer year, String template, List<Finding> findings,
                            List<Suppressed> suppressed, String error, List<Finding> baselined, ReportView view)
        implements Serializable {

    public CheckedReport {
        baselined = baselined == null ? List.of() : baselined;
        Fingerprints prints = new Fingerprints(Fingerprints.identity(file, agency, year),
                findings, suppressed.stream().map(Suppressed::finding).toList(), baselined);
        findings = prints.assigned(findings);
        List<Suppressed> printed = new ArrayList<>();
        for (Suppressed s : suppressed) {
            printed.add(new Suppressed(prints.assigned(s.finding()), s.reason()));
        }
        suppressed = List.copyOf(printed);
        baselined = prints.assigned(baselined);
    }

    public CheckedReport(String file, String agency, Integer year, String template, List<Finding> findings,
                         List<Suppressed> suppressed, String error) {
        this(file, agency, year, template, findings, suppressed, error, List.of(), null);
    }

    public static CheckedReport failed(String file, String error) {
        return new CheckedReport(file, null, null, null, List.of(), List.of(), error);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The same outcome with the text and cells the annotated view shows. */
    public CheckedReport withView(ReportView v) {
        return new CheckedReport(file, agency, year, template, findings, suppressed, error, baselined, v);
    }

    /** The same outcome without its view: what a reporter keeps once the report's page is written. */
    public CheckedReport withoutView() {
        return view == null ? this : withView(null);
    }

    /** Active findings whose fingerprint {@code baseline} lists move to {@link #baselined}. */
    public CheckedReport withBaseline(Set<String> baseline) {
        if (baseline.isEmpty()) {
            return this;
        }
        List<Finding> active = new ArrayList<>();
        List<Finding> known = new ArrayList<>(baselined);
        for (Finding f : findings) {
            (baseline.contains(f.fingerprint()) ? known : active).add(f);
        }
        return new CheckedReport(file, agency, year, template, active, suppressed, error, known, view);
    }

    /** A finding that a suppression matched: still listed, but counted apart and never failing the run. */
    public record Suppressed(Finding finding, String reason) implements Serializable {
    }
}
