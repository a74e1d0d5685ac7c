package org.xxgk.check.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * A finding an officer has reviewed: findings of {@code rule} in the reports {@code reports} matches are still
 * listed (as suppressed, with the reason) but are counted apart and never fail a run.
 *
 * <p>The glob is matched against the report's path as printed in the output (the path given on the command line, or
 * found in a folder given there), with '/' separators and without a leading {@code ./}. A glob without '/' is
 * matched against the file name alone. {@code *} stays within a folder, {@code **} crosses folders.
 */
public final class Suppression {

    private final String reports;
    private final String rule;
    private final String reason;
    private final PathMatcher matcher;
    private final boolean nameOnly;

    /** @throws java.util.regex.PatternSyntaxException when the glob is malformed */
    public Suppression(String reports, String rule, String reason) {
        this.reports = reports;
        this.rule = rule;
        this.reason = reason;
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + reports);
        this.nameOnly = !reports.contains("/");
    }

    public String reports() {
        return reports;
    }

    public String rule() {
        return rule;
    }

    public String reason() {
        return reason;
    }

    public boolean matches(String file, String ruleId) {
        if (!rule.equals(ruleId)) {
            return false;
        }
        String normal = file.replace('\\', '/');
        while (normal.startsWith("./")) {
            normal = normal.substring(2);
        }
        Path path = Path.of(normal);
        if (nameOnly) {
            Path name = path.getFileName();
            return name != null && matcher.matches(name);
        }
        return matcher.matches(path);
    }
}
