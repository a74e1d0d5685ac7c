package org.xxgk.check.finding;

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
 */
public record Finding(String rule, Severity severity, int line, String message, String expected, String actual,
                      Subject subject, String fingerprint) {

    public Finding {
        subject = subject == null ? Subject.REPORT : subject;
    }

    public Finding(String rule, Severity severity, int line, String message, String expected, String actual) {
        this(rule, severity, line, message, expected, actual, Subject.REPORT, null);
    }

    public Finding(String rule, Severity severity, int line, String message, String expected, String actual,
                   Subject subject) {
        this(rule, severity, line, message, expected, actual, subject, null);
    }

    public Finding withSeverity(Severity other) {
        return new Finding(rule, other, line, message, expected, actual, subject, fingerprint);
    }

    public Finding withFingerprint(String print) {
        return new Finding(rule, severity, line, message, expected, actual, subject, print);
    }
}
