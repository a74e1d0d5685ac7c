package org.xxgk.check.config;

import java.math.BigDecimal;
import java.util.List;

import org.xxgk.check.finding.Severity;

/**
 * The shape of {@code xxgk.yaml} as Jackson binds it: kebab-case keys, unknown keys refused. Values that name
 * something checked later (a rule id, a requirement, a pattern) keep their line. {@link ConfigFile} turns this into
 * a {@link Config}.
 */
record ConfigYaml(FailOn failOn,
                  Located<String> rules,
                  Entries<RuleSetting> ruleSettings,
                  List<Located<String>> requirements,
                  List<Located<Suppression>> suppressions,
                  Entries<List<String>> labelSynonyms,
                  List<Located<ClaimPattern>> claimPatterns,
                  Located<String> baseline,
                  LimitSettings limits,
                  Located<BigDecimal> repeatedTextPercent) {

    /** The keys a config file may hold at the top, for messages. */
    static final List<String> KEYS = List.of("fail-on", "rules", "rule-settings", "requirements", "suppressions",
            "label-synonyms", "claim-patterns", "baseline", "limits", "repeated-text-percent");

    /** {@code rule-settings: {ID: {enabled: false, severity: warning}}}. */
    record RuleSetting(Boolean enabled, Severity severity) {
    }

    /** {@code suppressions: [{reports: GLOB, rule: ID, reason: TEXT}]}. */
    record Suppression(Located<String> reports, Located<String> rule, String reason) {
    }

    /** {@code limits: {max-size: 20MB, max-chars: 1000000, timeout: 10s, max-firings: 10000}}. */
    record LimitSettings(Located<String> maxSize, Integer maxChars, Located<String> timeout, Integer maxFirings) {
    }

    /** {@code claim-patterns: [{kind, regex, exclude, sections}]}, as in {@code templates/narrative.yaml}. */
    record ClaimPattern(String kind, Located<String> regex, Located<String> exclude, List<Integer> sections) {
    }
}
