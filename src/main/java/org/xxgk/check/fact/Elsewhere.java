package org.xxgk.check.fact;

/**
 * A fact about another report than the one checked (last year's, or another agency's): a finding whose rule matched
 * it names that report's file and line beside its own.
 */
public interface Elsewhere {

    /** The other report's path as given. */
    String file();

    /** The line in the other report, 0 for the report as a whole. */
    int line();
}
