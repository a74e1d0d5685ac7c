package org.xxgk.check.engine;

import java.util.List;

/** The rule set could not be used: nothing may be checked with a rule set that lost a rule. */
public final class RulesException extends Exception {

    private final List<RuleError> errors;

    public RulesException(String origin, List<RuleError> errors) {
        super("规则无法加载（" + origin + "）：" + errors.size() + " 处错误");
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> errors() {
        return errors;
    }
}
