package org.xxgk.check.cli;

import java.util.function.Consumer;

import org.xxgk.check.config.FailOn;
import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.finding.Severity;

/**
 * The documented exit codes of {@code check}. A report that could not be checked (unreadable, not a report, over a
 * limit, timed out, a rule or the checker failing on it) makes the run 2 even when other reports have findings: CI
 * must never read "could not check" as "findings" (1) or as "clean" (0). A crash or an interrupted run is 2 as well.
 */
public enum ExitCode {
    /** Every report was checked; nothing at or above {@code --fail-on} was found. */
    OK(0),
    /** Every report was checked; something at or above {@code --fail-on} was found. */
    FINDINGS(1),
    /** A usage, config or rules error (nothing was checked), or a report that could not be checked. */
    ERROR(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The exit code of a run, told report by report as they are delivered (no list of results is kept). */
    static final class Tally implements Consumer<CheckedReport> {
        private final Severity threshold;
        private boolean failed;
        private boolean found;

        /** @param level the {@code --fail-on} level, counting severities as the config sets them */
        Tally(FailOn level) {
            this.threshold = level.threshold();
        }

        @Override
        public void accept(CheckedReport r) {
            if (r.error() != null) {
                failed = true;
            }
            if (threshold != null && !found) {
                for (Finding f : r.findings()) {
                    if (f.severity().atLeast(threshold)) {
                        found = true;
                        break;
                    }
                }
            }
        }

        /** 2 when a report could not be checked; else 1 when an active finding reached the level; else 0. */
        ExitCode code() {
            return failed ? ERROR : found ? FINDINGS : OK;
        }
    }
}
