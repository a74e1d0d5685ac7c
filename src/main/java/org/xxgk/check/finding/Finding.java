package org.xxgk.check.finding;

import java.io.Serializable;
import java.util.List;

/**
 * One defect found in one report.
 *
 * @param rule        the rule id (「TABLE-ROW-TOTAL」)
 * @param severity    the severity in force (the rule's own, or the one the config sets)
 * @param line        the report line the finding is about, 0 when it concerns the report as a whole
 * @param message     Chinese: what was found, where, and what was expected
 * @param expected    the expected value, or {@code null} when the rule compares no values
 * @param actual      the value found, or {@code null}
 * @param subject     the cell, claim, section or problem the rule matched ({@link Subject#REPORT} when none)
 * @param fingerprint stable across runs: rule, report identity and subject, never the line (see
 *                    {@link Fingerprints}); {@code null} until the finding belongs to a {@link CheckedReport}
 * @param related     the places in other reports the finding involves (last year's report, another agency's), empty
 *                    for a finding about this report alone
 */
public record Finding(String rule, Severity severity, int line, String message, String expected, String actual,
                      Subject subject, String fingerprint, List<Location> related) implements Serializable {

    public Finding {
        subject = subject == null ? Subject.REPORT : subject;
        related = related == null ? List.of() : List.copyOf(related);
    }

    public Finding(String rule, Severity severity, int line, String message, String expected, String actual,
                   Subject subject, String fingerprint) {
        this(rule, severity, line, message, expected, actual, subject, fingerprint, List.of());
    }

    public Finding(String rule, Severity severity, int line, String message, String expected, String actual) {
        this(rule, severity, line, message, expected, actual, Subject.REPORT, null);
    }

    public Finding(String rule, Severity severity, int line, String message, String expected, String actual,
                   Subject subject) {
        this(rule, severity, line, message, expected, actual, subject, null);
    }

    public Finding withSeverity(Severity other) {
        return new Finding(rule, other, line, message, expected, actual, subject, fingerprint, related);
    }

    public Finding withFingerprint(String print) {
        return new Finding(rule, severity, line, message, expected, actual, subject, print, related);
    }

    /** 「另见 2023.txt:52」 for the places in other reports, or {@code ""} when there are none. */
    public String relatedText() {
        if (related.isEmpty()) {
            return "";
        }
        return "另见 " + String.join("、", related.stream().map(Location::text).toList());
    }
}
