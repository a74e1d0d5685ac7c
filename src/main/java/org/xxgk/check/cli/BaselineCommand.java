package org.xxgk.check.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.xxgk.check.config.FailOn;
import org.xxgk.check.report.BaselineReporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code check baseline --output xxgk-baseline.json FILE...}: writes the current findings (not the suppressed ones)
 * as a baseline. A later {@code check --baseline FILE} (or {@code baseline:} in the config) lists them apart and fails
 * only on new ones. Findings are matched by fingerprint (rule, agency and year, the cell or claim concerned), never
 * by line, so a re-flowed report keeps its baseline.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"把当前发现的问题（已抑制的除外）写入基线文件。之后用 --baseline 文件（或配置文件的 baseline）检查时，"
                + "基线中的问题单独列出、不影响退出码，只有新问题才算。",
                "问题按指纹对应（规则、机关和年度、所涉单元格或陈述），与行号无关：年报改动排版后基线仍然有效。"})
final class BaselineCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CheckOptions options;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "xxgk-baseline.json",
            description = "基线文件（默认 ${DEFAULT-VALUE}）")
    Path output;

    @Override
    public Integer call() {
        Batch.Target target = new Batch.Target(output, false, false, false);
        int code = Batch.run(spec.commandLine(), options, target, BaselineReporter::new, FailOn.none);
        return code == ExitCode.FINDINGS.code() ? ExitCode.OK.code() : code;
    }
}
