package org.xxgk.check.config;

/**
 * What the config needs to know of a rule in the rule set in use.
 *
 * @param id          the rule id
 * @param requirement the {@code @requirement} the rule implements, or {@code ""} for a rule that always runs
 */
public record RuleRef(String id, String requirement) {

    public RuleRef {
        requirement = requirement == null ? "" : requirement;
    }

    public boolean optional() {
        return !requirement.isEmpty();
    }
}
