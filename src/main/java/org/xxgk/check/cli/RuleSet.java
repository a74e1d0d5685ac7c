package org.xxgk.check.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.xxgk.check.config.Config;
import org.xxgk.check.config.ConfigException;
import org.xxgk.check.config.Policy;
import org.xxgk.check.config.RuleRef;
import org.xxgk.check.config.TrustStore;
import org.xxgk.check.engine.RuleBase;
import org.xxgk.check.engine.RuleInfo;
import org.xxgk.check.engine.RuleSource;
import org.xxgk.check.engine.RulesException;

/**
 * The rules a run uses and the config resolved against them.
 *
 * @param rules  the compiled rule set
 * @param policy the config's decisions about it
 * @param source the rule files it was compiled from (their header comments are the rules' documents)
 */
record RuleSet(RuleBase rules, Policy policy, RuleSource source) {

    /**
     * Finds the rule folder ({@code --rules} over the config's {@code rules:} over the defaults; a config's folder
     * only when the user trusted it), compiles it and checks the config's rule ids and requirements against it.
     *
     * @param unrestricted {@code --unrestricted-rules}: the rules may use what rule validation refuses
     */
    static RuleSet load(Path rulesOption, Config config, boolean unrestricted)
            throws IOException, RulesException, ConfigException {
        RuleSource source = RuleLocator.locate(rulesOption, config, TrustStore.standard());
        RuleBase rules = RuleBase.compile(source, unrestricted);
        return new RuleSet(rules, config.policy(refs(rules), rules.origin()), source);
    }

    static List<RuleRef> refs(RuleBase rules) {
        return rules.rules().stream().map(r -> new RuleRef(r.id(), r.requirement())).toList();
    }

    /**
     * The number of rules that run, the cross-report ones only when the run compares reports (several reports, or
     * {@code --previous}).
     */
    int inForce(boolean crossReport) {
        return (int) rules.rules().stream().filter(r -> runs(r, crossReport)).count();
    }

    /** Whether a rule runs in a run that does (or does not) compare reports. */
    boolean runs(RuleInfo r, boolean crossReport) {
        return !policy.disabled().contains(r.id()) && (crossReport || !r.crossReport());
    }
}
