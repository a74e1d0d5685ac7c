package org.xxgk.check.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.xxgk.check.config.Config;
import org.xxgk.check.config.ConfigError;
import org.xxgk.check.config.ConfigException;
import org.xxgk.check.config.ConfigFile;
import org.xxgk.check.config.Policy;
import org.xxgk.check.config.TrustStore;
import org.xxgk.check.engine.RuleBase;
import org.xxgk.check.engine.RuleError;
import org.xxgk.check.engine.RuleInfo;
import org.xxgk.check.engine.RuleSource;
import org.xxgk.check.engine.RulesException;
import org.xxgk.check.finding.Severity;
import org.xxgk.check.template.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code check rules}: the catalogue, with what runs and what does not; {@code check rules ID}: one rule's title,
 * basis, header comment and examples; or {@code --validate} a rule folder (and the config, when there is one).
 */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"列出规则目录（id、级别、标题、依据、文件），并说明哪些规则会运行；给出规则 id 时显示该规则的标题、依据、"
                + "说明和验收用例中的例子；或用 --validate 编译并检查一个规则文件夹和配置文件。"})
final class RulesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", arity = "0..1", description = "只显示这条规则：标题、依据、规则文件开头的说明、验收用例中的例子")
    String ruleId;

    enum ListFormat { text, markdown }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "规则文件夹（默认：配置文件的 rules，否则项目的 rules/，找不到时用内置规则）")
    Path rulesDir;

    @Option(names = "--config", paramLabel = "FILE",
            description = "配置文件（默认：当前文件夹中的 " + ConfigFile.DEFAULT_NAME + "，没有则不用配置）")
    Path configFile;

    @Option(names = "--validate", arity = "0..1", paramLabel = "DIR", fallbackValue = "",
            description = "编译规则文件夹并检查元数据和配置文件；每个错误输出为 文件:行:列: 消息，没有错误时输出“N 条规则 OK”")
    String validate;

    @Option(names = "--unrestricted-rules",
            description = "不检查规则调用了什么：规则可以使用 System、文件、网络、反射等（规则验证默认拒绝）；只用于来源可信且确需如此的规则")
    boolean unrestricted;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "目录的输出格式：${COMPLETION-CANDIDATES}（默认 ${DEFAULT-VALUE}）")
    ListFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = validate != null && !validate.isEmpty() ? Path.of(validate) : rulesDir;
        boolean failed = false;

        // The config is read first (it may name the rule folder), but a broken config does not stop the rules
        // from being validated: the officer sees every error in one go.
        Config config;
        try {
            config = ConfigFile.find(configFile);
        } catch (ConfigException e) {
            printAll(err, e);
            config = null;
            failed = true;
        }
        RuleSource source;
        RuleBase rules;
        try {
            source = RuleLocator.locate(dir, config == null ? Config.none() : config, TrustStore.standard());
            rules = RuleBase.compile(source, unrestricted);
        } catch (IOException e) {
            err.println("错误: " + e.getMessage());
            return ExitCode.ERROR.code();
        } catch (ConfigException e) {
            printAll(err, e);
            err.println("错误: " + e.getMessage());
            return ExitCode.ERROR.code();
        } catch (RulesException e) {
            for (RuleError error : e.errors()) {
                err.println(error);
            }
            err.println("错误: " + e.getMessage());
            return ExitCode.ERROR.code();
        }
        Policy policy = null;
        if (config != null) {
            try {
                policy = config.policy(RuleSet.refs(rules), rules.origin());
            } catch (ConfigException e) {
                printAll(err, e);
                failed = true;
            }
        }
        if (validate != null) {
            out.println(rules.rules().size() + " 条规则 OK（" + source.origin() + "）");
            if (config != null && config.file() != null && policy != null) {
                out.println("配置文件 " + config.file() + " OK");
            }
            return failed ? ExitCode.ERROR.code() : ExitCode.OK.code();
        }
        if (failed) {
            err.println("错误: 配置文件有错误，未列出规则目录");
            return ExitCode.ERROR.code();
        }
        if (ruleId != null) {
            return explain(out, err, rules, source, policy);
        }
        if (format == ListFormat.markdown) {
            out.println("| id | 级别 | 标题 | 依据 | 文件 | 验收用例 |");
            out.println("|---|---|---|---|---|---|");
            for (RuleInfo r : rules.rules()) {
                String feature = "features/" + (r.category().isEmpty() ? "" : r.category() + "/") + r.id() + ".feature";
                String level = r.severity().id() + (r.optional() ? "（可选要求 " + r.requirement() + "）" : "");
                out.println("| " + r.id() + " | " + level + " | " + cell(r.title()) + " | " + cell(r.basis())
                        + " | rules/" + r.file() + " | [" + r.id() + ".feature](" + feature + ") |");
            }
            return ExitCode.OK.code();
        }
        for (RuleInfo r : rules.rules()) {
            out.println(r.id() + "\t" + r.severity().id() + "\t" + r.title() + "\t" + r.basis() + "\t" + r.file());
        }
        out.println(rules.rules().size() + " 条规则（" + source.origin() + "）");
        printInForce(out, rules, policy);
        printRequirements(out, rules, config);
        printPolicy(out, config, policy);
        return ExitCode.OK.code();
    }

    /**
     * 「目录共 28 条规则，检查时运行 27 条：……」. The catalogue lists every rule in the folder; a run uses those in
     * force: an optional (province-level) rule only when the config lists its requirement, and none that the config
     * switches off.
     */
    private static void printInForce(PrintWriter out, RuleBase rules, Policy policy) {
        List<String> off = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        for (RuleInfo r : rules.rules()) {
            if (r.optional() && !policy.requirements().contains(r.requirement())) {
                optional.add(r.id());
            } else if (policy.disabled().contains(r.id())) {
                off.add(r.id());
            }
        }
        int running = rules.rules().size() - off.size() - optional.size();
        StringBuilder sb = new StringBuilder("目录共 ").append(rules.rules().size()).append(" 条规则，检查时运行 ")
                .append(running).append(" 条");
        if (!optional.isEmpty()) {
            sb.append("；不运行的可选要求规则 ").append(String.join("、", optional))
                    .append("（配置文件的 requirements 列出其要求时才运行）");
        }
        if (!off.isEmpty()) {
            sb.append("；配置文件停用的 ").append(String.join("、", off));
        }
        long cross = rules.rules().stream().filter(r -> r.crossReport() && !off.contains(r.id())
                && !optional.contains(r.id())).count();
        if (cross > 0) {
            sb.append("；其中跨年度、跨机关对比的 ").append(cross)
                    .append(" 条（cross/）只在一批年报一起检查或用 --previous 给出上一年度年报时运行");
        }
        out.println(sb.append("。检查结果的摘要行给出实际运行的条数。"));
    }

    /** {@code check rules ID}: what a reviewer needs to judge a finding of that rule. */
    private int explain(PrintWriter out, PrintWriter err, RuleBase rules, RuleSource source, Policy policy) {
        RuleInfo rule = rules.rules().stream().filter(r -> r.id().equalsIgnoreCase(ruleId.strip())).findFirst()
                .orElse(null);
        if (rule == null) {
            String guess = rules.rules().stream().map(RuleInfo::id)
                    .filter(id -> Text.distance(id, ruleId.strip().toUpperCase(java.util.Locale.ROOT)) <= 3)
                    .findFirst().orElse(null);
            err.println("错误: 规则集（" + source.origin() + "）中没有规则“" + ruleId + "”"
                    + (guess == null ? "；用 check rules 查看所有规则 id" : "；是不是“" + guess + "”？"));
            return ExitCode.ERROR.code();
        }
        RuleDocs docs = RuleDocs.of(rule, source, RuleDocs.featuresBeside(source));
        out.println(rule.id() + "  " + rule.title());
        out.println("级别：" + rule.severity().chinese() + "（" + rule.severity().id() + "）"
                + (policy != null && policy.severities().containsKey(rule.id())
                ? "，配置文件改为 " + policy.severities().get(rule.id()).id() : ""));
        out.println("依据：" + rule.basis());
        out.println("文件：rules/" + rule.file());
        String runs;
        if (rule.optional()) {
            runs = "可选要求 " + rule.requirement() + (policy != null && policy.requirements().contains(rule.requirement())
                    ? "，已在配置文件中启用" : "，配置文件的 requirements 列出它时才运行");
        } else {
            runs = policy != null && policy.disabled().contains(rule.id()) ? "配置文件已停用" : "每次检查都运行";
        }
        out.println("运行：" + runs);
        if (!docs.header().isEmpty()) {
            out.println();
            out.println("说明：");
            docs.header().forEach(l -> out.println("  " + l));
        }
        out.println();
        if (docs.feature() == null) {
            out.println("没有找到验收用例（features/" + (rule.category().isEmpty() ? "" : rule.category() + "/")
                    + rule.id() + ".feature）。");
            return ExitCode.OK.code();
        }
        out.println("例子（" + docs.feature() + "）：");
        for (RuleDocs.Scenario s : docs.scenarios()) {
            out.println();
            out.println("  " + s.keyword() + "：" + s.name());
            s.lines().forEach(l -> out.println("  " + l));
        }
        return ExitCode.OK.code();
    }

    private static void printAll(PrintWriter err, ConfigException e) {
        for (ConfigError error : e.errors()) {
            err.println(error);
        }
    }

    /** 「可选要求（在配置文件的 requirements 中启用）：npc-cppcc-proposals（NPC-CPPCC-PROPOSALS，未启用）」. */
    private static void printRequirements(PrintWriter out, RuleBase rules, Config config) {
        Map<String, List<String>> byRequirement = new TreeMap<>();
        for (RuleInfo r : rules.rules()) {
            if (r.optional()) {
                byRequirement.computeIfAbsent(r.requirement(), k -> new ArrayList<>()).add(r.id());
            }
        }
        if (byRequirement.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        byRequirement.forEach((name, ids) -> parts.add(name + "（" + String.join("、", ids) + "，"
                + (config.requirements().contains(name) ? "已启用" : "未启用") + "）"));
        out.println("可选要求（在配置文件的 requirements 中启用）：" + String.join("；", parts));
    }

    /** 「配置文件 xxgk.yaml：停用 SECTION-LENGTH；级别改为 warning：TABLE-ITEM-OMITTED；抑制 1 条」. */
    private static void printPolicy(PrintWriter out, Config config, Policy policy) {
        if (config.file() == null) {
            return;
        }
        List<String> parts = new ArrayList<>();
        List<String> off = config.disabledRules();
        if (!off.isEmpty()) {
            parts.add("停用 " + String.join("、", off));
        }
        Map<Severity, List<String>> bySeverity = new TreeMap<>();
        policy.severities().forEach((id, s) -> bySeverity.computeIfAbsent(s, k -> new ArrayList<>()).add(id));
        bySeverity.forEach((s, ids) -> parts.add("级别改为 " + s.id() + "：" + String.join("、", ids.stream().sorted()
                .toList())));
        if (!policy.suppressions().isEmpty()) {
            parts.add("抑制 " + policy.suppressions().size() + " 条");
        }
        out.println("配置文件 " + config.file() + "：" + (parts.isEmpty() ? "不改变规则" : String.join("；", parts)));
    }

    /** A Markdown table cell: a pipe in the text would end the cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
