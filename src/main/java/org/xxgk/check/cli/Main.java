package org.xxgk.check.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.xxgk.check.config.Config;
import org.xxgk.check.config.ConfigError;
import org.xxgk.check.config.ConfigException;
import org.xxgk.check.config.ConfigFile;
import org.xxgk.check.config.FailOn;
import org.xxgk.check.config.Policy;
import org.xxgk.check.engine.RuleError;
import org.xxgk.check.engine.RulesException;
import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.finding.Severity;
import org.xxgk.check.parse.ReportParser;
import org.xxgk.check.report.Format;
import org.xxgk.check.report.Reporter;
import org.xxgk.check.template.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code check FILE|DIR...}: the command line. A thin wire: options → config → rules → parse → check → reporter →
 * exit code. Options given on the command line override the config file.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {FactsCommand.class, RulesCommand.class, TextCommand.class},
        description = "检查政府信息公开工作年度报告：逐条给出规则编号、行号和说明。",
        footerHeading = "%n退出码:%n",
        footer = {"  0  没有达到 --fail-on 级别的问题",
                  "  1  发现了达到 --fail-on 级别的问题",
                  "  2  用法错误、文件无法读取或不是年报、规则文件有错误"})
public final class Main implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*",
            description = "年报文件或文件夹：文本（.txt/.md）、HTML 网页、Word（.docx）或 PDF；文件夹中这些文件都会检查")
    List<Path> inputs = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = {"输出格式（默认 ${DEFAULT-VALUE}）：text 供人阅读；json；sarif（SARIF 2.1.0，供代码扫描平台）；"
                    + "junit（JUnit XML，供 CI 测试报告：每份年报一个 testsuite，每条规则一个 testcase，错误为 failure）；"
                    + "html（单个自包含网页）"})
    String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "发现此级别或更高级别的问题（按配置调整后的级别，已抑制的不算）时退出码为 1："
                    + "${COMPLETION-CANDIDATES}（默认：配置文件的 fail-on，没有则 error）")
    FailOn failOn;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "规则文件夹（默认：配置文件的 rules，否则项目的 rules/，找不到时用内置规则）")
    Path rulesDir;

    @Option(names = "--config", paramLabel = "FILE",
            description = "配置文件（默认：当前文件夹中的 " + ConfigFile.DEFAULT_NAME + "，没有则不用配置）")
    Path configFile;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "并行检查的线程数（默认：CPU 核数）")
    int jobs = Runtime.getRuntime().availableProcessors();

    public static void main(String[] args) {
        preload();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /**
     * Reads the built-in templates on another thread while picocli reads the command line and the rules load: their
     * YAML costs about a fifth of a second of a cold start, and the machine has a second core. Whoever needs them
     * first waits for this read ({@link Templates#builtIn} reads once); a failure here is left for that caller to
     * meet and report. Wasted only on runs that need no templates ({@code --help}, {@code rules}).
     */
    private static void preload() {
        Thread templates = new Thread(() -> {
            try {
                Templates.builtIn();
            } catch (RuntimeException e) {
                // Read again, and reported, where the templates are needed.
            }
        }, "preload-templates");
        templates.setDaemon(true);
        templates.start();
    }

    /** Runs the command line without exiting: what tests call. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setAllowSubcommandsAsOptionParameters(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("错误: " + e.getMessage());
            c.getErr().println("用 " + c.getCommandSpec().qualifiedName() + " --help 查看用法");
            return ExitCode.ERROR.code();
        });
        cli.setExitCodeExceptionMapper(e -> ExitCode.ERROR.code());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip().split("\\R", 2)[0];
            commandLine.getErr().println("错误: " + message);
            return ExitCode.ERROR.code();
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "请指定要检查的年报文件或文件夹");
        }
        Format chosen;
        try {
            chosen = Format.valueOf(format.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "不支持的输出格式“" + format + "”；可用：" + Format.names());
        }
        Config config;
        RuleSet ruleSet;
        List<Path> files;
        try {
            files = Inputs.expand(inputs);
            if (files.isEmpty()) {
                err.println("错误: 没有找到要检查的年报文件");
                return ExitCode.ERROR.code();
            }
            config = ConfigFile.find(configFile);
            ruleSet = RuleSet.load(rulesDir, config);
        } catch (ConfigException e) {
            for (ConfigError error : e.errors()) {
                err.println(error);
            }
            err.println("错误: " + e.getMessage() + "；未检查任何年报");
            return ExitCode.ERROR.code();
        } catch (IOException e) {
            err.println("错误: " + e.getMessage());
            return ExitCode.ERROR.code();
        } catch (RulesException e) {
            for (RuleError error : e.errors()) {
                err.println(error);
            }
            err.println("错误: " + e.getMessage() + "；未检查任何年报");
            return ExitCode.ERROR.code();
        }
        Checker checker = new Checker(new ReportParser(config.templates(Templates.builtIn())), ruleSet.rules(),
                ruleSet.policy());
        List<CheckedReport> reports = checker.checkAll(files, jobs);
        chosen.reporter().write(reports, runInfo(ruleSet), out);
        FailOn level = failOn != null ? failOn : config.failOn() != null ? config.failOn() : FailOn.error;
        return exitCode(reports, level).code();
    }

    /**
     * What reporters may say about the run: the rules in force, each with the severity in force (the config's, when
     * it sets one), copied out of the engine's catalogue so that reporters see no engine types.
     */
    private static Reporter.RunInfo runInfo(RuleSet ruleSet) {
        Policy policy = ruleSet.policy();
        List<Reporter.RuleDoc> catalogue = ruleSet.rules().rules().stream()
                .filter(r -> !policy.disabled().contains(r.id()))
                .map(r -> new Reporter.RuleDoc(r.id(), policy.severities().getOrDefault(r.id(), r.severity()), r.title(),
                        r.basis(), r.category()))
                .toList();
        return new Reporter.RunInfo(ruleSet.rules().origin(), ruleSet.inForce(), catalogue, Version.number());
    }

    /**
     * 2 when a report could not be checked; else 1 when an active finding (suppressed ones do not count) reaches
     * {@code level} with its severity in force (the config's, when it sets one); else 0.
     */
    static ExitCode exitCode(List<CheckedReport> reports, FailOn level) {
        if (reports.stream().anyMatch(r -> r.error() != null)) {
            return ExitCode.ERROR;
        }
        Severity threshold = level.threshold();
        if (threshold == null) {
            return ExitCode.OK;
        }
        for (CheckedReport r : reports) {
            for (Finding f : r.findings()) {
                if (f.severity().atLeast(threshold)) {
                    return ExitCode.FINDINGS;
                }
            }
        }
        return ExitCode.OK;
    }
}
