package org.xxgk.check.config;

import org.xxgk.check.finding.Severity;

/**
 * The level from which findings fail a run ({@code --fail-on}, or {@code fail-on:} in the config). It is compared
 * with a finding's severity in force, that is after the config's {@code rule-settings} changed it: the config is the
 * officer's decision. Suppressed findings never fail a run.
 */
public enum FailOn {
    error, warning, info, none;

    /** The lowest severity that fails the run, or {@code null} for {@link #none}. */
    public Severity threshold() {
        return switch (this) {
            case error -> Severity.ERROR;
            case warning -> Severity.WARNING;
            case info -> Severity.INFO;
            case none -> null;
        };
    }
}
