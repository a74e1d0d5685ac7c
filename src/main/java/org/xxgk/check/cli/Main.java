package org.xxgk.check.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.xxgk.check.config.Config;
import org.xxgk.check.config.ConfigError;
import org.xxgk.check.config.ConfigException;
import org.xxgk.check.config.ConfigFile;
import org.xxgk.check.config.FailOn;
import org.xxgk.check.config.Limits;
import org.xxgk.check.config.Policy;
import org.xxgk.check.engine.RuleError;
import org.xxgk.check.engine.RulesException;
import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.input.InputLimits;
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
        subcommands = {FactsCommand.class, RulesCommand.class, TextCommand.class, TrustCommand.class},
        description = "检查政府信息公开工作年度报告：逐条给出规则编号、行号和说明。",
        footerHeading = "%n退出码:%n",
        footer = {"  0  每份年报都已检查，没有达到 --fail-on 级别的问题",
                  "  1  每份年报都已检查，发现了达到 --fail-on 级别的问题",
                  "  2  有年报未能检查（无法读取、不是年报、超过上限或超时、规则出错），",
                  "     其余年报照常检查和输出；或用法、配置、规则有错误，什么也没检查；",
                  "     检查器崩溃、被中断或规则调用 System.exit 也是 2，绝不会是 0 或 1",
                  "",
                  "规则是 Java 代码，以你的权限运行：只运行 --rules 指定的、本项目的、内置的或用 check trust 信任过的规则文件夹。"})
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

    @Option(names = "--timeout", paramLabel = "TIME", converter = Options.DurationConverter.class,
            description = "每份年报的检查时限，如 10s、1m（默认：配置文件 limits 的 timeout，否则 10s）；超时的年报报错，其余照常检查")
    Duration timeout;

    @Option(names = "--max-size", paramLabel = "SIZE", converter = Options.SizeConverter.class,
            description = "单份年报文件的大小上限，如 20MB（默认：配置文件 limits 的 max-size，否则 20MB）；更大的文件不读取")
    Long maxSize;

    @Option(names = "--max-chars", paramLabel = "N",
            description = "单份年报的文字上限（字符数，HTML/DOCX/PDF 按转换后的文字算；默认：配置文件 limits 的 max-chars，否则 500000）")
    Integer maxChars;

    @Option(names = {"-q", "--quiet"}, description = "不在终端上显示检查进度")
    boolean quiet;

    @Option(names = "--unrestricted-rules",
            description = "不检查规则调用了什么：规则可以使用 System、文件、网络、反射等（默认拒绝）；只用于来源可信且确需如此的规则")
    boolean unrestricted;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        ExitGuard.install();
        int code;
        try {
            code = run(args, out, err);
        } catch (Throwable t) {
            // An uncaught throwable would end the JVM with 1, the code for findings.
            code = ExitGuard.crashed(t);
        }
        ExitGuard.exiting();
        System.exit(code);
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
        if (maxChars != null && maxChars < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-chars 应为正整数，如 500000");
        }
        Config config;
        RuleSet ruleSet;
        List<Inputs.Input> files;
        try {
            files = Inputs.scan(inputs, note -> err.println("注意: " + note));
            if (files.isEmpty()) {
                err.println("错误: 没有找到要检查的年报文件");
                return ExitCode.ERROR.code();
            }
            config = ConfigFile.find(configFile);
            ruleSet = RuleSet.load(rulesDir, config, unrestricted);
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
                ruleSet.policy(), limits(config.limits()));
        FailOn level = failOn != null ? failOn : config.failOn() != null ? config.failOn() : FailOn.error;
        ExitCode.Tally tally = new ExitCode.Tally(level);
        // Today's reporters write the whole run at once; the batch itself hands each report over as soon as it and
        // all before it are done, so a streaming reporter can take it from here.
        List<CheckedReport> reports = new ArrayList<>();
        Batch batch = new Batch(checker, jobs, ProgressLine.onStderr(err, files.size(), quiet));
        batch.run(files, tally.andThen(reports::add));
        chosen.reporter().write(reports, runInfo(ruleSet), out);
        if (batch.stillRunning() > 0) {
            err.println("注意: " + batch.stillRunning() + " 份超时的年报在结束时仍未停下（规则或解析可能陷入死循环），已放弃等待");
        }
        return tally.code().code();
    }

    /** The command line over the config's {@code limits:} over the defaults. */
    private Checker.RunLimits limits(Limits configured) {
        Limits given = new Limits(maxSize, maxChars, timeout, null).over(configured);
        Checker.RunLimits d = Checker.RunLimits.DEFAULT;
        return new Checker.RunLimits(
                new InputLimits(given.maxSize() != null ? given.maxSize() : d.input().maxBytes(),
                        given.maxChars() != null ? given.maxChars() : d.input().maxChars()),
                given.timeout() != null ? given.timeout() : d.timeout(),
                given.maxFirings() != null ? given.maxFirings() : d.maxFirings());
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
}
