package org.xxgk.check.engine;

import org.xxgk.check.finding.Severity;

/**
 * A rule's catalogue entry, read from its metadata.
 *
 * @param id          {@code @id}, also the file name
 * @param severity    {@code @severity}
 * @param title       {@code @title}, Chinese
 * @param basis       {@code @basis}: the clause the rule enforces
 * @param file        the DRL file, relative to the rule folder
 * @param name        the DRL rule name
 * @param requirement {@code @requirement}: the optional (for example provincial) requirement the rule implements;
 *                    such a rule runs only when the config lists the requirement. {@code ""} for a rule that always
 *                    runs
 */
public record RuleInfo(String id, Severity severity, String title, String basis, String file, String name,
                       String requirement) {

    public RuleInfo {
        requirement = requirement == null ? "" : requirement;
    }

    /** A rule that always runs. */
    public RuleInfo(String id, Severity severity, String title, String basis, String file, String name) {
        this(id, severity, title, basis, file, name, "");
    }

    /** Whether the rule runs only when the config lists its {@link #requirement}. */
    public boolean optional() {
        return !requirement.isEmpty();
    }

    /** The folder of the rules that compare reports with each other: they run once the whole batch is parsed. */
    public static final String CROSS = "cross";

    /** Whether the rule compares reports with each other ({@code rules/cross/}): it runs in a batch's second phase. */
    public boolean crossReport() {
        return category().equals(CROSS);
    }

    /** The category folder: {@code tables} for {@code tables/TABLE-ROW-TOTAL.drl}. */
    public String category() {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }
}
