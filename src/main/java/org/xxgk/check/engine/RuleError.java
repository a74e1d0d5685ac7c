package org.xxgk.check.engine;

/**
 * A problem in a rule file: a DRL syntax or type error, or missing metadata.
 *
 * @param file    the rule file, relative to the rule folder
 * @param line    1-based line in that file, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param message what is wrong
 */
public record RuleError(String file, int line, int column, String message) {

    /** {@code file:line:col: message}, as compilers print it. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
