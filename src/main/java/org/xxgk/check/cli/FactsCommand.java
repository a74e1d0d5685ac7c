package org.xxgk.check.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.xxgk.check.config.ConfigError;
import org.xxgk.check.config.ConfigException;
import org.xxgk.check.config.ConfigFile;
import org.xxgk.check.input.InputException;
import org.xxgk.check.input.ReportInput;
import org.xxgk.check.parse.ReportParser;
import org.xxgk.check.template.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code check facts FILE}: what the parser read, as JSON. */
@Command(name = "facts", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "把一份年报解析成事实（报告、部分、表格单元格、正文陈述、解析问题），以 JSON 输出。")
final class FactsCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "年报文件")
    Path file;

    @Option(names = "--config", paramLabel = "FILE",
            description = "配置文件（默认：当前文件夹的 xxgk.yaml）；其中的行名同义词和正文陈述写法用于解析")
    Path configFile;

    @Override
    public Integer call() {
        try {
            Templates templates = ConfigFile.find(configFile).templates(Templates.builtIn());
            spec.commandLine().getOut().println(FactsJson.write(new ReportParser(templates)
                    .parse(file.toString(), ReportInput.load(file))));
            return ExitCode.OK.code();
        } catch (ConfigException e) {
            for (ConfigError error : e.errors()) {
                spec.commandLine().getErr().println(error);
            }
            spec.commandLine().getErr().println("错误: " + e.getMessage());
            return ExitCode.ERROR.code();
        } catch (InputException e) {
            spec.commandLine().getErr().println(file + ": 错误: " + e.getMessage());
            return ExitCode.ERROR.code();
        }
    }
}
