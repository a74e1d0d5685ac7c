package org.xxgk.check.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.xxgk.check.config.ConfigError;
import org.xxgk.check.config.ConfigException;
import org.xxgk.check.config.ConfigFile;
import org.xxgk.check.cross.CrossFacts;
import org.xxgk.check.cross.Digest;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.input.InputException;
import org.xxgk.check.input.ReportInput;
import org.xxgk.check.parse.ReportParser;
import org.xxgk.check.template.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code check facts FILE}: what the parser read, as JSON. With several files, or with {@code --previous}, a JSON array
 * of the reports' facts, each with the pairing and the repeated text the cross-report phase would give its rules.
 */
@Command(name = "facts", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"把一份年报解析成事实（报告、部分、表格单元格、正文陈述、解析问题），以 JSON 输出。",
                "给出几份年报或 --previous 时输出 JSON 数组，每份年报另有 pairing（与哪一份上一年度年报配对，"
                        + "或为什么没有配对）和 repeatedText（第一、五部分与上一年度年报、同年度其他机关年报重复的比例）。"})
final class FactsCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "年报文件（或文件夹）")
    List<Path> files;

    @Option(names = "--previous", paramLabel = "FILE|DIR",
            description = "上一年度的年报（文件或文件夹）：只用于配对，不输出其事实")
    List<Path> previous = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "配置文件（默认：当前文件夹的 xxgk.yaml）；其中的行名同义词和正文陈述写法用于解析")
    Path configFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path current = null;
        try {
            ReportParser parser = new ReportParser(ConfigFile.find(configFile).templates(Templates.builtIn()));
            List<Path> reports = Inputs.expand(files);
            if (reports.size() == 1 && previous.isEmpty()) {
                current = reports.get(0);
                out.println(FactsJson.write(parser.parse(current.toString(), ReportInput.load(current))));
                return ExitCode.OK.code();
            }
            List<ReportFacts> parsed = new ArrayList<>();
            List<Digest> digests = new ArrayList<>();
            for (Path f : reports) {
                current = f;
                ReportFacts facts = parser.parse(f.toString(), ReportInput.load(f));
                parsed.add(facts);
                digests.add(Digest.of(facts));
            }
            List<Digest> last = new ArrayList<>();
            for (Path f : Inputs.expand(previous)) {
                current = f;
                last.add(Digest.of(parser.parse(f.toString(), ReportInput.load(f))));
            }
            List<CrossFacts> cross = CrossFacts.of(digests, last, Templates.builtIn().agencyNames());
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < parsed.size(); i++) {
                array.add(FactsJson.cross(FactsJson.node(parsed.get(i)), cross.get(i)));
            }
            out.println(FactsJson.write(array));
            return ExitCode.OK.code();
        } catch (ConfigException e) {
            for (ConfigError error : e.errors()) {
                err.println(error);
            }
            err.println("错误: " + e.getMessage());
            return ExitCode.ERROR.code();
        } catch (InputException e) {
            err.println(current + ": 错误: " + e.getMessage());
            return ExitCode.ERROR.code();
        }
    }
}
