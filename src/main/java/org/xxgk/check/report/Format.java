package org.xxgk.check.report;

import java.util.function.Supplier;

/** The output formats of {@code check --format}. */
public enum Format {
    TEXT(TextReporter::new),
    JSON(JsonReporter::new);

    private final Supplier<Reporter> reporter;

    Format(Supplier<Reporter> reporter) {
        this.reporter = reporter;
    }

    public Reporter reporter() {
        return reporter.get();
    }
}
