package org.xxgk.check.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.finding.Severity;

/**
 * A compiled rule set. Compile it once per run ({@link #compile}); {@link #evaluate} is thread-safe and opens one
 * session per report.
 */
public final class RuleBase {

    private static final String RESOURCE_ROOT = "src/main/resources/";
    private static final List<String> REQUIRED_METADATA = List.of("id", "severity", "title", "basis");
    /** Optional keys. Any other key is refused: a misspelt {@code @requirment} would make an optional rule run always. */
    private static final List<String> OPTIONAL_METADATA = List.of("requirement");
    private static final Pattern REQUIREMENT = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Map<String, RuleBase> COMPILED = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILDS = new AtomicInteger();
    /**
     * Most rule firings for one report. A report fires a few dozen (one per finding); a rule that triggers itself
     * without end reaches this in a fraction of a second.
     */
    public static final int MAX_FIRINGS = 10_000;

    /** How a rule base was made: the slowest first. */
    public enum Provenance {
        /** DRL compiled in this run. */
        COMPILED,
        /** Loaded from the kjar an earlier run of the same rules wrote ({@link KjarCache}). */
        CACHED,
        /** The model compiled into the jar at build time, the rules being unchanged since ({@link BundledModel}). */
        BUNDLED
    }

    private final String origin;
    private final Provenance provenance;
    private final KieBase kieBase;
    private final CrossBase crossBase;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> rulesByName;

    private RuleBase(String origin, Provenance provenance, KieBase kieBase, CrossBase crossBase, List<RuleInfo> rules) {
        this.origin = origin;
        this.provenance = provenance;
        this.kieBase = kieBase;
        this.crossBase = crossBase;
        this.rules = List.copyOf(rules);
        Map<String, RuleInfo> byName = new HashMap<>();
        for (RuleInfo r : rules) {
            byName.put(r.name(), r);
        }
        this.rulesByName = Map.copyOf(byName);
    }

    /**
     * Compiles the rule files and checks every rule's metadata, after {@link RuleTextCheck} found no use of what no
     * compliance rule needs (System, files, network, reflection).
     *
     * @throws RulesException with every error found, each mapped to its DRL file and line
     */
    public static RuleBase compile(RuleSource source) throws RulesException {
        return compile(source, false);
    }

    /**
     * Compiles the rule files and checks every rule's metadata. A rule set already compiled in this JVM (same
     * files, same texts) is reused, so a test suite that runs the command many times compiles each rule set once.
     *
     * @param unrestricted true to skip {@link RuleTextCheck}: for a trusted rule set that needs more than facts and
     *                     findings ({@code --unrestricted-rules})
     * @throws RulesException with every error found, each mapped to its DRL file and line
     */
    public static RuleBase compile(RuleSource source, boolean unrestricted) throws RulesException {
        if (!unrestricted) {
            List<RuleError> refused = RuleTextCheck.check(source);
            if (!refused.isEmpty()) {
                throw new RulesException(source.origin(), refused);
            }
        }
        // Keyed by content alone: a copy of rules/ in another folder (or the bundled copy) compiles once. The
        // origin is the only thing that differs, and it is put back below.
        String key = source.fingerprint();
        RuleBase cached = COMPILED.get(key);
        if (cached == null) {
            synchronized (COMPILED) {
                cached = COMPILED.get(key);
                if (cached == null) {
                    cached = compileNow(source);
                    COMPILED.put(key, cached);
                }
            }
        }
        return cached.origin.equals(source.origin()) ? cached
                : new RuleBase(source.origin(), cached.provenance, cached.kieBase, cached.crossBase, cached.rules);
    }

    private static RuleBase compileNow(RuleSource source) throws RulesException {
        if (source.files().isEmpty()) {
            throw new RulesException(source.origin(), List.of(new RuleError("", 0, 0, "没有找到任何 .drl 规则文件")));
        }
        String fingerprint = source.fingerprint();
        RuleBase loaded = fromModel(source, Provenance.BUNDLED, BundledModel.load(fingerprint),
                () -> BundledModel.load(fingerprint));
        if (loaded != null) {
            return loaded;
        }
        KjarCache cache = KjarCache.standard();
        loaded = fromModel(source, Provenance.CACHED, cache.load(fingerprint), () -> cache.load(fingerprint));
        if (loaded != null) {
            return loaded;
        }
        KieServices ks = KieServices.Factory.get();
        Build built;
        try {
            built = build(ks, source.files(), cache.version(fingerprint));
        } catch (RuntimeException e) {
            // Some DRL mistakes make the executable-model generator throw instead of reporting a message
            // (an expression it cannot parse after "from"). Find the file by compiling each one alone.
            throw new RulesException(source.origin(),
                    BuildErrors.isolate(source, file -> build(ks, List.of(file), null).errors()));
        }
        if (!built.errors().isEmpty()) {
            throw new RulesException(source.origin(),
                    BuildErrors.map(built.errors(), source, file -> build(ks, List.of(file), null).errors()));
        }
        KieContainer container = ks.newKieContainer(built.releaseId());
        KieBase kieBase = container.getKieBase();
        List<RuleError> errors = new ArrayList<>();
        List<RuleInfo> rules = catalogue(kieBase.getKiePackages(), source, errors);
        if (!errors.isEmpty()) {
            throw new RulesException(source.origin(), errors);
        }
        cache.store(built.builder(), fingerprint);
        return new RuleBase(source.origin(), Provenance.COMPILED, kieBase,
                new CrossBase(() -> container.newKieBase(ks.newKieBaseConfiguration())), rules);
    }

    /**
     * A rule base over a model made earlier from the same rule texts (bundled or cached); null when there is none
     * or it does not hold a valid catalogue, and the caller goes on to the next way.
     */
    private static RuleBase fromModel(RuleSource source, Provenance provenance, KieBase kieBase,
                                      Supplier<KieBase> another) {
        if (kieBase == null) {
            return null;
        }
        try {
            List<RuleError> errors = new ArrayList<>();
            List<RuleInfo> rules = catalogue(kieBase.getKiePackages(), source, errors);
            return errors.isEmpty() ? new RuleBase(source.origin(), provenance, kieBase, new CrossBase(another), rules)
                    : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    record Build(ReleaseId releaseId, KieBuilder builder, List<Message> errors) {
    }

    /**
     * Builds a kjar of its own release id, so that builds in one JVM never replace each other's module.
     *
     * @param version the release version (the cache's, so a stored kjar is found again), or null for a throwaway
     */
    static Build build(KieServices ks, List<RuleSource.DrlFile> files, String version) {
        ReleaseId releaseId = ks.newReleaseId("org.xxgk.rules", "rules",
                version != null ? version : "0.0.1-" + BUILDS.incrementAndGet());
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
        for (RuleSource.DrlFile f : files) {
            kfs.write(RESOURCE_ROOT + f.path(), f.text());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        return new Build(releaseId, builder, builder.getResults().getMessages(Message.Level.ERROR));
    }

    /** Where the rules came from: a folder or the bundled copy. */
    public String origin() {
        return origin;
    }

    /** How this rule base was made (bundled model, cached kjar, compiled): for tests and the bench. */
    public Provenance provenance() {
        return provenance;
    }

    /** The catalogue, sorted by id. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /**
     * Runs every rule not in {@code disabled} over one report's facts. Optional rules (those with a
     * {@code @requirement}) do not run: this is the national catalogue.
     */
    public List<Finding> evaluate(ReportFacts facts, Set<String> disabled) {
        return evaluate(facts, disabled, Set.of());
    }

    /**
     * Runs every rule not in {@code disabled} over one report's facts; an optional rule runs only when its
     * {@code @requirement} is in {@code requirements}. At most {@link #MAX_FIRINGS} firings. Cross-report rules
     * ({@link RuleInfo#crossReport}) do not run here: they need the whole batch ({@link #evaluateCross}).
     */
    public List<Finding> evaluate(ReportFacts facts, Set<String> disabled, Set<String> requirements) {
        return evaluate(facts, disabled, requirements, MAX_FIRINGS);
    }

    /**
     * The same with a firing limit. Rules that trigger each other without end (a rule that inserts a fact it matches
     * again) stop at the limit; so does the run when its thread is interrupted (the report's time is up), between
     * two firings. A consequence that loops without firing cannot be stopped here: the checker gives up on its
     * thread (see {@code Checker}).
     *
     * @throws RuleRunException when the limit is reached, a rule throws, or the run is interrupted; its message names
     *                          the rule
     */
    public List<Finding> evaluate(ReportFacts facts, Set<String> disabled, Set<String> requirements, int maxFirings) {
        return run(kieBase, facts.all(), rule -> !rule.crossReport() && runs(rule, disabled, requirements),
                maxFirings);
    }

    /**
     * Runs the cross-report rules alone over one report's cross-report facts (this year's report and cells, last
     * year's, the measured repeated text, the settings), once the whole batch is parsed.
     */
    public List<Finding> evaluateCross(List<Object> facts, Set<String> disabled, Set<String> requirements) {
        return run(crossBase.get(kieBase, rulesByName), facts,
                rule -> rule.crossReport() && runs(rule, disabled, requirements), MAX_FIRINGS);
    }

    /**
     * The rule base the cross-report phase runs on: the same rules less every rule that is not a cross-report rule.
     * The cross facts hold this year's report and cells, which every table rule would otherwise match again (only
     * to be kept from firing); with them gone a cross session costs a fraction. Made on the phase's first use, from
     * a second copy of the same compiled model, so a single report never pays for it; when no copy can be made, the
     * whole rule base serves (the agenda filter keeps the others from firing either way).
     */
    private static final class CrossBase {
        private final Supplier<KieBase> another;
        private volatile KieBase made;

        CrossBase(Supplier<KieBase> another) {
            this.another = another;
        }

        KieBase get(KieBase whole, Map<String, RuleInfo> rulesByName) {
            KieBase base = made;
            if (base == null) {
                synchronized (this) {
                    base = made;
                    if (base == null) {
                        base = crossOnly(whole, rulesByName);
                        made = base;
                    }
                }
            }
            return base;
        }

        private KieBase crossOnly(KieBase whole, Map<String, RuleInfo> rulesByName) {
            try {
                KieBase copy = another.get();
                if (copy == null) {
                    return whole;
                }
                for (KiePackage pkg : List.copyOf(copy.getKiePackages())) {
                    for (Rule rule : List.copyOf(pkg.getRules())) {
                        RuleInfo info = rulesByName.get(rule.getName());
                        if (info == null || !info.crossReport()) {
                            copy.removeRule(pkg.getName(), rule.getName());
                        }
                    }
                }
                return copy;
            } catch (RuntimeException | LinkageError e) {
                return whole;
            }
        }
    }

    /** Whether any cross-report rule runs: without one, a batch needs no second phase. */
    public boolean hasCrossRules(Set<String> disabled, Set<String> requirements) {
        return rules.stream().anyMatch(r -> r.crossReport() && runs(r, disabled, requirements));
    }

    private static boolean runs(RuleInfo rule, Set<String> disabled, Set<String> requirements) {
        return !disabled.contains(rule.id()) && (!rule.optional() || requirements.contains(rule.requirement()));
    }

    private List<Finding> run(KieBase base, List<Object> facts, Predicate<RuleInfo> runs, int maxFirings) {
        KieSession session = base.newKieSession();
        Map<String, Integer> fired = new HashMap<>();
        try {
            Findings findings = new Findings(rulesByName);
            session.setGlobal("findings", findings);
            for (Object fact : facts) {
                session.insert(fact);
            }
            int count = session.fireAllRules(match -> {
                if (Thread.currentThread().isInterrupted()) {
                    session.halt();
                    return false;
                }
                RuleInfo rule = rulesByName.get(match.getRule().getName());
                boolean fires = rule != null && runs.test(rule);
                if (fires) {
                    fired.merge(rule.id(), 1, Integer::sum);
                }
                return fires;
            }, maxFirings + 1);
            if (Thread.currentThread().isInterrupted()) {
                throw new RuleRunException("规则运行被中断（超时）");
            }
            if (count > maxFirings) {
                Map.Entry<String, Integer> most = fired.entrySet().stream().max(Map.Entry.comparingByValue())
                        .orElseThrow();
                throw new RuleRunException("规则触发超过 " + maxFirings + " 次，已停止：触发最多的是 " + most.getKey() + "（"
                        + most.getValue() + " 次）；多半是规则反复触发自己（如插入它自己匹配的事实），请检查该规则");
            }
            List<Finding> found = new ArrayList<>(findings.found());
            found.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::rule)
                    .thenComparing(Finding::message));
            return found;
        } catch (ConsequenceException e) {
            throw new RuleRunException("规则 " + id(e.getRule() == null ? null : e.getRule().getName()) + " 执行出错（"
                    + RuleRunException.describe(e.getCause()) + "）；请检查该规则", e.getCause());
        } catch (RuleRunException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RuleRunException("规则执行出错（" + RuleRunException.describe(e) + "）", e);
        } finally {
            session.dispose();
        }
    }

    /** The id of a rule by its DRL name, or the name when it has no catalogue entry. */
    private String id(String ruleName) {
        RuleInfo rule = ruleName == null ? null : rulesByName.get(ruleName);
        return rule != null ? rule.id() : ruleName == null ? "（未知）" : ruleName;
    }

    private static List<RuleInfo> catalogue(Collection<KiePackage> packages, RuleSource source, List<RuleError> errors) {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        for (KiePackage pkg : packages) {
            for (Rule rule : pkg.getRules()) {
                RuleSource.DrlFile file = fileOf(rule.getName(), source);
                String path = file == null ? "" : file.path();
                int line = file == null ? 0 : lineOf(rule.getName(), file.text());
                Map<String, Object> meta = rule.getMetaData();
                if (!checkMetadata(rule.getName(), meta, file, line, errors)) {
                    continue;
                }
                String id = metadata(meta, "id");
                Severity severity = Severity.parse(metadata(meta, "severity"));
                if (severity == null) {
                    errors.add(new RuleError(path, metadataLine(file, line, "severity"), 0, "规则“" + rule.getName()
                            + "”的 @severity 为“" + metadata(meta, "severity") + "”，只能是 error、warning 或 info"));
                    continue;
                }
                String expectedFile = id + ".drl";
                if (!path.equals(expectedFile) && !path.endsWith("/" + expectedFile)) {
                    errors.add(new RuleError(path, line, 0,
                            "规则 " + id + " 所在文件名应为 " + expectedFile + "（文件名须与 @id 一致）"));
                    continue;
                }
                RuleInfo previous = byId.get(id);
                if (previous != null) {
                    errors.add(new RuleError(path, line, 0, "规则 id " + id + " 重复（另见 " + previous.file() + "）"));
                    continue;
                }
                byId.put(id, new RuleInfo(id, severity, metadata(meta, "title"), metadata(meta, "basis"), path,
                        rule.getName(), metadata(meta, "requirement")));
            }
        }
        List<RuleInfo> rules = new ArrayList<>(byId.values());
        rules.sort(Comparator.comparing(RuleInfo::id));
        return rules;
    }

    /**
     * Every required key present and quoted; optional keys quoted and well-formed; no other key. Errors stand on the
     * line of the offending {@code @key(}, or on the rule's line when the key is missing.
     *
     * @return whether the metadata can be read
     */
    private static boolean checkMetadata(String name, Map<String, Object> meta, RuleSource.DrlFile file, int line,
                                         List<RuleError> errors) {
        String path = file == null ? "" : file.path();
        int before = errors.size();
        for (String key : new TreeSet<>(meta.keySet())) {
            if (!REQUIRED_METADATA.contains(key) && !OPTIONAL_METADATA.contains(key)) {
                errors.add(new RuleError(path, metadataLine(file, line, key), 0, "规则“" + name + "”有未知的元数据 @"
                        + key + "；可用：@id、@severity、@title、@basis（必填）和 @requirement（可选）"));
            }
        }
        for (String key : REQUIRED_METADATA) {
            String value = metadata(meta, key);
            if (value == null || value.isBlank()) {
                errors.add(new RuleError(path, line, 0, "规则“" + name + "”缺少元数据 @" + key + "(\"…\")"));
            } else if (!isQuoted(meta.get(key))) {
                errors.add(new RuleError(path, metadataLine(file, line, key), 0,
                        "规则“" + name + "”的 @" + key + " 未加引号：应写作 @" + key + "(\"" + value + "\")"));
            }
        }
        String requirement = metadata(meta, "requirement");
        if (requirement != null) {
            if (!isQuoted(meta.get("requirement"))) {
                errors.add(new RuleError(path, metadataLine(file, line, "requirement"), 0, "规则“" + name
                        + "”的 @requirement 未加引号：应写作 @requirement(\"" + requirement + "\")"));
            } else if (!REQUIREMENT.matcher(requirement).matches()) {
                errors.add(new RuleError(path, metadataLine(file, line, "requirement"), 0, "规则“" + name
                        + "”的 @requirement 为“" + requirement + "”；要求名只能由小写字母、数字和连字符组成，如 npc-cppcc-proposals"));
            }
        }
        return errors.size() == before;
    }

    /**
     * The executable model hands metadata back as written, quotes included ({@code "X"}); an unquoted value is
     * evaluated as an expression. Strip the quotes here and nowhere else.
     */
    static String metadata(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }

    private static boolean isQuoted(Object value) {
        String text = value == null ? "" : value.toString().trim();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"");
    }

    private static RuleSource.DrlFile fileOf(String ruleName, RuleSource source) {
        for (RuleSource.DrlFile f : source.files()) {
            if (lineOf(ruleName, f.text()) > 0) {
                return f;
            }
        }
        return null;
    }

    /**
     * The line of {@code @key(} in the header of the rule that starts on {@code ruleLine}, or {@code ruleLine} when
     * the header has no such key.
     */
    private static int metadataLine(RuleSource.DrlFile file, int ruleLine, String key) {
        if (file == null || ruleLine <= 0) {
            return ruleLine;
        }
        String[] lines = file.text().split("\\R", -1);
        Pattern at = Pattern.compile("@" + Pattern.quote(key) + "\\s*\\(");
        for (int i = ruleLine - 1; i < lines.length; i++) {
            if (at.matcher(lines[i]).find()) {
                return i + 1;
            }
            if (lines[i].trim().equals("when")) {
                break;
            }
        }
        return ruleLine;
    }

    /** The line of {@code rule "name"} in a DRL text, 0 when absent. */
    static int lineOf(String ruleName, String drl) {
        Matcher m = Pattern.compile("^[ \\t]*rule\\s+(?:\"" + Pattern.quote(ruleName) + "\"|'" + Pattern.quote(ruleName)
                + "'|" + Pattern.quote(ruleName) + "\\b)", Pattern.MULTILINE).matcher(drl);
        if (!m.find()) {
            return 0;
        }
        return (int) drl.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
    }
}
