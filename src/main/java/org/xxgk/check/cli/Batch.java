package org.xxgk.check.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.xxgk.check.config.Config;
import org.xxgk.check.config.ConfigError;
import org.xxgk.check.config.ConfigException;
import org.xxgk.check.config.ConfigFile;
import org.xxgk.check.config.FailOn;
import org.xxgk.check.config.Limits;
import org.xxgk.check.config.Policy;
import org.xxgk.check.cross.CrossPhase;
import org.xxgk.check.engine.RuleError;
import org.xxgk.check.engine.RuleInfo;
import org.xxgk.check.engine.RulesException;
import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Severity;
import org.xxgk.check.input.InputLimits;
import org.xxgk.check.parse.ReportParser;
import org.xxgk.check.report.Reporter;
import org.xxgk.check.report.Summary;
import org.xxgk.check.template.Templates;
import picocli.CommandLine;

/**
 * One run of {@code check} or {@code check baseline}: files → config → rules → each report checked and handed to the
 * reporter as soon as it and those before it are done → exit code. A file that cannot be read is named on the error
 * output and counted apart.
 */
final class Batch {

    /**
     * Where the output goes.
     *
     * @param file       {@code -o FILE}: text formats are written to it in UTF-8; {@code null} for the standard output
     * @param ownsTarget whether the reporter writes {@code file} itself (a workbook, a folder of pages)
     * @param folder     whether {@code file} is a folder of pages
     * @param views      whether reports carry their text and cells for the annotated view
     */
    record Target(Path file, boolean ownsTarget, boolean folder, boolean views) {
    }

    private Batch() {
    }

    static int run(CommandLine cmd, CheckOptions o, Target target, Function<PrintWriter, Reporter> open,
                   FailOn failOnOption) {
        PrintWriter out = cmd.getOut();
        PrintWriter err = cmd.getErr();
        if (o.inputs.isEmpty()) {
            throw new CommandLine.ParameterException(cmd, "请指定要检查的年报文件或文件夹");
        }
        Config config;
        RuleSet ruleSet;
        List<Inputs.Input> files;
        Set<String> baseline;
        Path baselineFile;
        try {
            if (o.maxChars != null && o.maxChars < 1) {
                throw new CommandLine.ParameterException(cmd, "--max-chars 应为正整数，如 500000");
            }
            files = Inputs.scan(o.inputs, note -> err.println("注意: " + note));
            if (files.isEmpty()) {
                err.println("错误: 没有找到要检查的年报文件");
                return ExitCode.ERROR.code();
            }
            config = ConfigFile.find(o.configFile);
            ruleSet = RuleSet.load(o.rulesDir, config, o.unrestricted);
            baselineFile = o.baselineFile != null ? o.baselineFile : config.baseline();
            baseline = baselineFile == null ? Set.of() : Baseline.read(baselineFile);
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

        PrintWriter writer = out;
        try {
            if (target.file() != null) {
                Path parent = target.file().toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                if (target.folder()) {
                    Files.createDirectories(target.file());
                } else if (!target.ownsTarget()) {
                    writer = new PrintWriter(Files.newBufferedWriter(target.file(), StandardCharsets.UTF_8));
                } else {
                    Files.newOutputStream(target.file()).close(); // a path that cannot be written fails now, not after the batch
                }
            }
        } catch (IOException e) {
            err.println("错误: 无法写入输出文件 " + target.file() + "（" + e.getMessage() + "）");
            return ExitCode.ERROR.code();
        }

        ReportParser parser = new ReportParser(config.templates(Templates.builtIn()));
        CrossPhase cross;
        try {
            // With cross-report rules, reports are compared once the whole batch is parsed: output comes after it.
            cross = CrossRun.open(o, config, ruleSet, parser, files.size());
        } catch (IOException e) {
            err.println("错误: " + e.getMessage());
            return ExitCode.ERROR.code();
        }
        Reporter.RunInfo run = runInfo(ruleSet, config, baselineFile, cross != null);
        Checker checker = new Checker(parser, ruleSet.rules(), ruleSet.policy(), limits(o, config.limits()),
                target.views(), cross == null ? null : cross::parsed);
        Summary.Tally tally = new Summary.Tally();
        // The runner erases the progress line before it hands a report over and draws it again after, so findings
        // printed on the same terminal never run into it.
        Runner runner = new Runner(checker, o.jobs, ProgressLine.onStderr(err, files.size(), o.quiet));
        Reporter reporter = open.apply(writer);
        Summary summary;
        try {
            reporter.begin(run);
            Consumer<CheckedReport> deliver = r -> {
                CheckedReport checked = r.withBaseline(baseline);
                if (checked.error() != null) {
                    err.println(checked.file() + ": 错误: " + checked.error());
                    err.flush();
                }
                tally.add(checked);
                reporter.report(checked);
            };
            if (cross == null) {
                runner.run(files, deliver);
            } else {
                runner.run(files, cross::checked);
                cross.finish(deliver);
            }
            summary = tally.summary();
            reporter.end(summary);
            if (runner.stillRunning() > 0) {
                err.println("注意: " + runner.stillRunning() + " 份超时的年报在结束时仍未停下（规则或解析可能陷入死循环），已放弃等待");
            }
        } catch (UncheckedIOException e) {
            err.println("错误: 无法写入输出" + (target.file() == null ? "" : " " + target.file()) + "（"
                    + e.getCause().getMessage() + "）");
            return ExitCode.ERROR.code();
        } finally {
            if (writer != out) {
                writer.close();
            }
            if (cross != null) {
                cross.close();
            }
        }
        if (target.file() != null) {
            out.println(summary.line(run));
            out.println("结果已写入：" + target.file());
            out.flush();
        }
        FailOn level = failOnOption != null ? failOnOption : config.failOn() != null ? config.failOn() : FailOn.error;
        return exitCode(summary, level).code();
    }

    /** The command line over the config's {@code limits:} over the defaults. */
    private static Checker.RunLimits limits(CheckOptions o, Limits configured) {
        Limits given = new Limits(o.maxSize, o.maxChars, o.timeout, null).over(configured);
        Checker.RunLimits d = Checker.RunLimits.DEFAULT;
        return new Checker.RunLimits(
                new InputLimits(given.maxSize() != null ? given.maxSize() : d.input().maxBytes(),
                        given.maxChars() != null ? given.maxChars() : d.input().maxChars()),
                given.timeout() != null ? given.timeout() : d.timeout(),
                given.maxFirings() != null ? given.maxFirings() : d.maxFirings());
    }

    /**
     * What reporters may say about the run: the rules in force, each with the severity in force (the config's, when
     * it sets one) and its documents, copied out of the engine's catalogue so that reporters see no engine types.
     *
     * @param crossReport whether the run compares reports: else the cross-report rules do not run, nor are listed
     */
    static Reporter.RunInfo runInfo(RuleSet ruleSet, Config config, Path baseline, boolean crossReport) {
        Policy policy = ruleSet.policy();
        Path features = RuleDocs.featuresBeside(ruleSet.source());
        List<Reporter.RuleDoc> catalogue = new ArrayList<>();
        for (RuleInfo r : ruleSet.rules().rules()) {
            if (!ruleSet.runs(r, crossReport)) {
                continue;
            }
            RuleDocs docs = RuleDocs.of(r, ruleSet.source(), features);
            catalogue.add(new Reporter.RuleDoc(r.id(), policy.severities().getOrDefault(r.id(), r.severity()),
                    r.title(), r.basis(), r.category(), docs.text(), docs.markdown(r.title(), r.basis()),
                    docs.feature() == null ? null : docs.feature().toAbsolutePath().normalize().toUri().toString()));
        }
        String information = null;
        if (features != null && Files.isRegularFile(features.resolveSibling("README.md"))) {
            information = features.resolveSibling("README.md").toAbsolutePath().normalize().toUri().toString();
        }
        return new Reporter.RunInfo(ruleSet.rules().origin(), ruleSet.inForce(crossReport), catalogue, Version.number(),
                config.file(), baseline == null ? null : baseline.toString(), information);
    }

    /**
     * 2 when a file could not be checked; else 1 when an active finding (suppressed and baselined ones do not count)
     * reaches {@code level} with its severity in force; else 0.
     */
    static ExitCode exitCode(Summary s, FailOn level) {
        if (s.unreadable() > 0) {
            return ExitCode.ERROR;
        }
        Severity threshold = level.threshold();
        if (threshold == null) {
            return ExitCode.OK;
        }
        return s.atLeast(threshold) > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
