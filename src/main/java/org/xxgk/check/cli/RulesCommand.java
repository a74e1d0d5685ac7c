package org.xxgk.check.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.xxgk.check.engine.RuleBase;
import org.xxgk.check.engine.RuleError;
import org.xxgk.check.engine.RuleInfo;
import org.xxgk.check.engine.RuleSource;
import org.xxgk.check.engine.RulesException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code check rules}: the catalogue, or {@code --validate} a rule folder. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "列出规则目录（id、级别、标题、依据、文件），或用 --validate 编译并检查一个规则文件夹。")
final class RulesCommand implements Callable<Integer> {

    enum ListFormat { text, markdown }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "规则文件夹（默认：项目的 rules/，找不到时用内置规则）")
    Path rulesDir;

    @Option(names = "--validate", arity = "0..1", paramLabel = "DIR", fallbackValue = "",
            description = "编译规则文件夹并检查元数据；每个错误输出为 文件:行:列: 消息，没有错误时输出“N 条规则 OK”")
    String validate;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "目录的输出格式：${COMPLETION-CANDIDATES}（默认 ${DEFAULT-VALUE}）")
    ListFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = validate != null && !validate.isEmpty() ? Path.of(validate) : rulesDir;
        RuleSource source;
        try {
            source = RuleLocator.locate(dir);
        } catch (IOException e) {
            err.println("错误: " + e.getMessage());
            return ExitCode.ERROR.code();
        }
        RuleBase rules;
        try {
            rules = RuleBase.compile(source);
        } catch (RulesException e) {
            for (RuleError error : e.errors()) {
                err.println(error);
            }
            err.println(e.getMessage());
            return ExitCode.ERROR.code();
        }
        if (validate != null) {
            out.println(rules.rules().size() + " 条规则 OK（" + source.origin() + "）");
            return ExitCode.OK.code();
        }
        if (format == ListFormat.markdown) {
            out.println("| id | 级别 | 标题 | 依据 | 文件 | 验收用例 |");
            out.println("|---|---|---|---|---|---|");
            for (RuleInfo r : rules.rules()) {
                String feature = "features/" + r.category() + "/" + r.id() + ".feature";
                out.println("| " + r.id() + " | " + r.severity().id() + " | " + r.title() + " | " + r.basis()
                        + " | rules/" + r.file() + " | [" + r.id() + ".feature](" + feature + ") |");
            }
        } else {
            for (RuleInfo r : rules.rules()) {
                out.println(r.id() + "\t" + r.severity().id() + "\t" + r.title() + "\t" + r.basis() + "\t" + r.file());
            }
            out.println(rules.rules().size() + " 条规则（" + source.origin() + "）");
        }
        return ExitCode.OK.code();
    }
}
