package org.xxgk.check.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much one report may cost, as the config's {@code limits:} or the command line sets it; {@code null} where
 * neither does (the run's defaults apply).
 *
 * @param maxSize    the largest report file, in bytes
 * @param maxChars   the most characters of text a report may give
 * @param timeout    the longest one report may take
 * @param maxFirings the most rule firings for one report
 */
public record Limits(Long maxSize, Integer maxChars, Duration timeout, Integer maxFirings) {

    public static final Limits NONE = new Limits(null, null, null, null);

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?");
    private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min)?");

    /** Each value of {@code this}, or {@code base}'s where this one has none. */
    public Limits over(Limits base) {
        return new Limits(maxSize != null ? maxSize : base.maxSize, maxChars != null ? maxChars : base.maxChars,
                timeout != null ? timeout : base.timeout, maxFirings != null ? maxFirings : base.maxFirings);
    }

    /** 「20MB」「512 KB」「1.5m」「1048576」 → bytes (KB = 1024 bytes); {@code null} when it is no size. */
    public static Long bytes(String text) {
        Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2).substring(0, 1);
        double factor = switch (unit) {
            case "k" -> 1024;
            case "m" -> 1024 * 1024;
            case "g" -> 1024.0 * 1024 * 1024;
            default -> 1;
        };
        long value = (long) (n * factor);
        return value >= 1 ? value : null;
    }

    /** 「10s」「2m」「500ms」「10」(seconds) → a duration; {@code null} when it is no time. */
    public static Duration duration(String text) {
        Matcher m = TIME.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        long millis = (long) (n * switch (unit) {
            case "ms" -> 1;
            case "m", "min" -> 60_000;
            default -> 1000;
        });
        return millis >= 1 ? Duration.ofMillis(millis) : null;
    }
}
