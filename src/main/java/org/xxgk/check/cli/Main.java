package org.xxgk.check.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.xxgk.check.config.FailOn;
import org.xxgk.check.report.Format;
import org.xxgk.check.template.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code check FILE|DIR...}: the command line. A thin wire: options → config → rules → parse → check → reporter →
 * exit code ({@link Batch}). Options given on the command line override the config file.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        resourceBundle = "org.xxgk.check.cli.Usage",
        subcommands = {FactsCommand.class, RulesCommand.class, TextCommand.class, BaselineCommand.class,
                TrustCommand.class},
        description = "检查政府信息公开工作年度报告：逐条给出规则编号、行号和说明。",
        synopsisSubcommandLabel = "[子命令]",
        footerHeading = "%n退出码：%n",
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

    @Mixin
    CheckOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = {"输出格式（默认 ${DEFAULT-VALUE}）：text 供人阅读；json；jsonl（每份年报一行 JSON，边查边写）；"
                    + "sarif（SARIF 2.1.0，供代码扫描平台）；"
                    + "junit（JUnit XML，供 CI 测试报告：每份年报一个 testsuite，每条规则一个 testcase，错误为 failure）；"
                    + "html（带行号和问题标注的年报全文及总览；-o 文件夹时每份年报一页）；"
                    + "csv（问题清单，UTF-8 带 BOM）；xlsx（年报和问题两张工作表，须用 -o 指定文件）"})
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = "把结果写入文件（UTF-8），标准输出只给出摘要行；html 格式给出文件夹（不以 .html 结尾）时"
                    + "写入 index.html 总览和每份年报一页")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "发现此级别或更高级别的问题（按配置调整后的级别，已抑制和基线中的不算）时退出码为 1："
                    + "${COMPLETION-CANDIDATES}（默认：配置文件的 fail-on，没有则 error）")
    FailOn failOn;

    public static void main(String[] args) {
        preload();
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
        cli.setParameterExceptionHandler(UsageErrors::handle);
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
        CommandLine cmd = spec.commandLine();
        Format chosen;
        try {
            chosen = Format.valueOf(format.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, "不支持的输出格式“" + format + "”；可用：" + Format.names());
        }
        if (chosen.needsFile() && output == null) {
            throw new CommandLine.ParameterException(cmd, chosen.id() + " 格式须用 -o 指定输出文件，如 -o 检查结果."
                    + chosen.id());
        }
        Path folder = chosen.writesFolders() && output != null && isFolder(output) ? output : null;
        Batch.Target target = new Batch.Target(output, chosen.needsFile() || folder != null, folder != null,
                chosen == Format.HTML);
        return Batch.run(cmd, options, target, w -> chosen.open(w, output, folder), failOn);
    }

    /** {@code -o} names a folder when it is one, or does not end in {@code .html}/{@code .htm}. */
    static boolean isFolder(Path output) {
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isDirectory(output) || !(name.endsWith(".html") || name.endsWith(".htm"));
    }
}
