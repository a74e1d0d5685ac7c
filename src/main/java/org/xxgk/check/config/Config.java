package org.xxgk.check.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.xxgk.check.config.ConfigYaml.RuleSetting;
import org.xxgk.check.finding.Severity;
import org.xxgk.check.template.TemplateSpec;
import org.xxgk.check.template.Templates;

/**
 * The officer's config ({@code xxgk.yaml}), read and checked on its own by {@link ConfigFile}. What depends on the
 * rule set (rule ids, requirement names) is checked by {@link #policy} once the rules are compiled.
 *
 * <p>Precedence: the command line ({@code --rules}, {@code --fail-on}) over the config, the config over a rule's own
 * metadata ({@code @severity}).
 */
public final class Config {

    /** The share of repeated text (per cent) at which CROSS-REPEATED-TEXT warns, unless the config sets another. */
    public static final BigDecimal REPEATED_TEXT_PERCENT = BigDecimal.valueOf(50);

    private static final Config NONE = new Config(null, null, null, 0, Entries.none(), List.of(), List.of(), Map.of(),
            List.of(), null, Limits.NONE, null);

    private final String file;
    private final FailOn failOn;
    private final Path rules;
    private final int rulesLine;
    private final Entries<RuleSetting> ruleSettings;
    private final List<Located<String>> requirements;
    private final List<Located<Suppression>> suppressions;
    private final Map<String, List<String>> labelSynonyms;
    private final List<TemplateSpec.ClaimPattern> claimPatterns;
    private final Path baseline;
    private final Limits limits;
    private final BigDecimal repeatedTextPercent;

    Config(String file, FailOn failOn, Path rules, int rulesLine, Entries<RuleSetting> ruleSettings,
           List<Located<String>> requirements, List<Located<Suppression>> suppressions,
           Map<String, List<String>> labelSynonyms, List<TemplateSpec.ClaimPattern> claimPatterns, Path baseline,
           Limits limits, BigDecimal repeatedTextPercent) {
        this.file = file;
        this.failOn = failOn;
        this.rules = rules;
        this.rulesLine = rulesLine;
        this.limits = limits;
        this.ruleSettings = ruleSettings;
        this.requirements = List.copyOf(requirements);
        this.suppressions = List.copyOf(suppressions);
        this.labelSynonyms = Map.copyOf(labelSynonyms);
        this.claimPatterns = List.copyOf(claimPatterns);
        this.baseline = baseline;
        this.repeatedTextPercent = repeatedTextPercent == null ? REPEATED_TEXT_PERCENT : repeatedTextPercent;
    }

    /** No config file: built-in templates, every rule as written, nothing suppressed. */
    public static Config none() {
        return NONE;
    }

    /** The config file as named (for messages), or {@code null} when there is none. */
    public String file() {
        return file;
    }

    /** {@code fail-on:}, or {@code null} when the config does not set it. */
    public FailOn failOn() {
        return failOn;
    }

    /** {@code baseline:}, resolved against the config file's folder, or {@code null}. */
    public Path baseline() {
        return baseline;
    }

    /**
     * {@code repeated-text-percent:} the share of a section's text (per cent) repeated from last year's report, or
     * from another agency's report of the same year, at which CROSS-REPEATED-TEXT warns; 50 unless set.
     */
    public BigDecimal repeatedTextPercent() {
        return repeatedTextPercent;
    }

    /** {@code rules:}, resolved against the config file's folder, or {@code null}. */
    public Path rules() {
        return rules;
    }

    /** The line of {@code rules:}, 0 when there is none. */
    public int rulesLine() {
        return rulesLine;
    }

    /** {@code limits:}; values it does not set are {@code null}. */
    public Limits limits() {
        return limits;
    }

    /** The requirements switched on, as written. */
    public Set<String> requirements() {
        Set<String> names = new LinkedHashSet<>();
        requirements.forEach(r -> names.add(r.value()));
        return names;
    }

    /** The rules switched off with {@code enabled: false}, in file order. */
    public List<String> disabledRules() {
        return ruleSettings.entries().stream()
                .filter(e -> e.value() != null && Boolean.FALSE.equals(e.value().enabled()))
                .map(Entries.Entry::key).toList();
    }

    /** {@code base} with the config's label synonyms and claim patterns on top. */
    public Templates templates(Templates base) {
        if (labelSynonyms.isEmpty() && claimPatterns.isEmpty()) {
            return base;
        }
        return base.with(labelSynonyms, claimPatterns);
    }

    /**
     * Resolves the config against the rule set in use.
     *
     * @param rules  the rules of the set (id and requirement)
     * @param origin where the rule set comes from, for messages
     * @throws ConfigException naming the line of every rule id or requirement the rule set does not have
     */
    public Policy policy(List<RuleRef> rules, String origin) throws ConfigException {
        Map<String, RuleRef> byId = new LinkedHashMap<>();
        rules.forEach(r -> byId.put(r.id(), r));
        Set<String> known = new TreeSet<>();
        rules.stream().filter(RuleRef::optional).forEach(r -> known.add(r.requirement()));
        List<ConfigError> errors = new ArrayList<>();

        Set<String> enabled = new HashSet<>();
        for (Located<String> r : requirements) {
            if (!known.contains(r.value())) {
                String guess = YamlErrors.closest(r.value(), known);
                errors.add(new ConfigError(file, r.line(), "requirements 中的“" + r.value() + "”不是规则集（" + origin
                        + "）中的要求；" + (known.isEmpty() ? "该规则集没有可选要求（规则用 @requirement(\"…\") 标明）"
                        : "可用：" + String.join("、", known)) + (guess == null ? "" : "；是不是“" + guess + "”？")));
            } else if (!enabled.add(r.value())) {
                errors.add(new ConfigError(file, r.line(), "requirements 中的“" + r.value() + "”重复出现"));
            }
        }

        Set<String> disabled = new HashSet<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (Entries.Entry<RuleSetting> e : ruleSettings.entries()) {
            RuleRef rule = byId.get(e.key());
            if (rule == null) {
                errors.add(unknownRule(e.key(), e.line(), "rule-settings", byId.keySet(), origin));
                continue;
            }
            RuleSetting s = e.value();
            if (s == null || (s.enabled() == null && s.severity() == null)) {
                errors.add(new ConfigError(file, e.line(), "rule-settings 中规则 " + e.key()
                        + " 的设置为空；可写“enabled: false”或“severity: error/warning/info”"));
                continue;
            }
            if (Boolean.TRUE.equals(s.enabled()) && rule.optional() && !enabled.contains(rule.requirement())) {
                errors.add(new ConfigError(file, e.line(), "规则 " + e.key() + " 属于可选要求“" + rule.requirement()
                        + "”，不能单独启用；请在 requirements: 中加入 " + rule.requirement()));
                continue;
            }
            if (Boolean.FALSE.equals(s.enabled())) {
                disabled.add(e.key());
            }
            if (s.severity() != null) {
                severities.put(e.key(), s.severity());
            }
        }
        for (RuleRef r : rules) {
            if (r.optional() && !enabled.contains(r.requirement())) {
                disabled.add(r.id());
            }
        }

        List<Suppression> kept = new ArrayList<>();
        for (Located<Suppression> s : suppressions) {
            if (!byId.containsKey(s.value().rule())) {
                errors.add(unknownRule(s.value().rule(), s.line(), "suppressions", byId.keySet(), origin));
            } else {
                kept.add(s.value());
            }
        }
        if (!errors.isEmpty()) {
            throw new ConfigException(file, errors);
        }
        return new Policy(enabled, disabled, severities, kept);
    }

    private ConfigError unknownRule(String id, int line, String where, Set<String> ids, String origin) {
        String guess = YamlErrors.closest(id, ids);
        return new ConfigError(file, line, where + " 中的规则 id“" + id + "”不在规则集（" + origin + "）中；"
                + (guess == null ? "用 check rules 查看所有规则 id" : "是不是“" + guess + "”？"));
    }
}
