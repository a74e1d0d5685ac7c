package org.xxgk.check.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The output formats of {@code check --format}. */
public enum Format {
    TEXT(TextReporter::new),
    JSON(JsonReporter::new),
    /** SARIF 2.1.0, for code-scanning dashboards. */
    SARIF(SarifReporter::new),
    /** JUnit XML, for CI test reports: one test suite per report, one test case per rule. */
    JUNIT(JunitReporter::new),
    /** One self-contained HTML page. */
    HTML(HtmlReporter::new);

    private final Supplier<Reporter> reporter;

    Format(Supplier<Reporter> reporter) {
        this.reporter = reporter;
    }

    public Reporter reporter() {
        return reporter.get();
    }

    /** The name as typed on the command line: {@code sarif}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every format's name, for messages: 「text、json、sarif、junit、html」. */
    public static String names() {
        return Arrays.stream(values()).map(Format::id).collect(Collectors.joining("、"));
    }
}
