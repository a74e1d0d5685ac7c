package org.xxgk.check.config;

/**
 * A mistake in a config file.
 *
 * @param file    the config file as named on the command line (or {@code xxgk.yaml})
 * @param line    1-based line, 0 when the mistake concerns the whole file
 * @param message Chinese, one line: what is wrong and what is allowed
 */
public record ConfigError(String file, int line, String message) {

    /** {@code file:line: message}, as compilers print it. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
