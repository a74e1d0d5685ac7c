package org.xxgk.check.finding;

/**
 * One defect found in one report.
 *
 * @param rule     the rule id (「TABLE-ROW-TOTAL」)
 * @param severity the severity in force (the rule's own, or the one the config sets)
 * @param line     the report line the finding is about, 0 when it concerns the report as a whole
 * @param message  Chinese: what was found, where, and what was expected
 * @param expected the expected value, or {@code null} when the rule compares no values
 * @param actual   the value found, or {@code null}
 */
public record Finding(String rule, Severity severity, int line, String message, String expected, String actual) {

    public Finding withSeverity(Severity other) {
        return new Finding(rule, other, line, message, expected, actual);
    }
}
