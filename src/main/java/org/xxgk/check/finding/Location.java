package org.xxgk.check.finding;

import java.io.Serializable;

/**
 * A place in another report that a finding involves: last year's report of the same agency, or another agency's
 * report of the same year. Reporters show it beside the finding's own line.
 *
 * @param file the other report's path as given
 * @param line its line, 0 for the report as a whole
 */
public record Location(String file, int line) implements Serializable {

    /** 「samples/2023.txt:52」, or the file alone for the report as a whole: what editors and terminals link. */
    public String text() {
        return line > 0 ? file + ":" + line : file;
    }
}
