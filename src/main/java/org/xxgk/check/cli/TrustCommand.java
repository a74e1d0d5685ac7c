package org.xxgk.check.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.xxgk.check.config.Config;
import org.xxgk.check.config.ConfigError;
import org.xxgk.check.config.ConfigException;
import org.xxgk.check.config.ConfigFile;
import org.xxgk.check.config.TrustStore;
import org.xxgk.check.engine.RuleError;
import org.xxgk.check.engine.RuleSource;
import org.xxgk.check.engine.RuleTextCheck;
import org.xxgk.check.engine.RulesException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code check trust [DIR]}: records that the user trusts a rule folder as it is now (its rules' digest), so that a
 * config naming it may run it; {@code --list} and {@code --revoke DIR} show and withdraw that trust.
 */
@Command(name = "trust", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"信任一个规则文件夹：规则是 Java 代码，以你的权限运行。配置文件（xxgk.yaml 的 rules:）指定的规则文件夹，"
                + "只有信任过、且信任后没有改动，才会运行。请先看过其中的规则、确认来源可信再信任。",
                "不给 DIR 时，信任当前配置文件 rules: 指定的文件夹。"})
final class TrustCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "规则文件夹")
    Path dir;

    @Option(names = "--config", paramLabel = "FILE",
            description = "配置文件（默认：当前文件夹中的 " + ConfigFile.DEFAULT_NAME + "）；不给 DIR 时信任其 rules: 指定的文件夹")
    Path configFile;

    @Option(names = "--list", description = "列出信任过的规则文件夹，及其规则自信任以来是否改动")
    boolean list;

    @Option(names = "--revoke", description = "不再信任 DIR")
    boolean revoke;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TrustStore store = TrustStore.standard();
        if (list) {
            return list(store, out);
        }
        Path folder = dir;
        if (folder == null) {
            try {
                Config config = ConfigFile.find(configFile);
                folder = config.rules();
            } catch (ConfigException e) {
                e.errors().stream().map(ConfigError::toString).forEach(err::println);
                err.println("错误: " + e.getMessage());
                return ExitCode.ERROR.code();
            }
            if (folder == null) {
                err.println("错误: 请指定要信任的规则文件夹（配置文件中没有 rules:）");
                return ExitCode.ERROR.code();
            }
        }
        if (revoke) {
            return revoke(store, folder, out, err);
        }
        if (!Files.isDirectory(folder)) {
            err.println("错误: 规则文件夹不存在：" + folder);
            return ExitCode.ERROR.code();
        }
        RuleSource source;
        try {
            source = RuleSource.fromDirectory(folder);
        } catch (RulesException e) {
            e.errors().stream().map(RuleError::toString).forEach(err::println);
            err.println("错误: " + e.getMessage() + "；未信任");
            return ExitCode.ERROR.code();
        }
        if (source.files().isEmpty()) {
            err.println("错误: " + folder + " 中没有 .drl 规则文件；未信任");
            return ExitCode.ERROR.code();
        }
        try {
            store.trust(folder, source.fingerprint());
        } catch (IOException e) {
            err.println("错误: 无法写入信任记录 " + store.file() + "（" + e.getMessage() + "）");
            return ExitCode.ERROR.code();
        }
        out.println("已信任规则文件夹 " + TrustStore.key(folder) + "（" + source.files().size() + " 个规则文件，摘要 "
                + source.fingerprint().substring(0, 12) + "）；其中的规则改动后须再次运行 check trust");
        List<RuleError> refused = RuleTextCheck.check(source);
        if (!refused.isEmpty()) {
            refused.forEach(e -> err.println(e));
            err.println("注意: 这些规则使用了规则验证拒绝的调用（见上）；信任不放行它们，确需如此时运行检查要加 --unrestricted-rules");
        }
        out.println("信任记录：" + store.file());
        return ExitCode.OK.code();
    }

    private static int list(TrustStore store, PrintWriter out) {
        Map<Path, String> all = store.all();
        if (all.isEmpty()) {
            out.println("没有信任过的规则文件夹（信任记录：" + store.file() + "）");
            return ExitCode.OK.code();
        }
        all.forEach((folder, digest) -> out.println(folder + "\t" + state(folder, digest)));
        out.println(all.size() + " 个信任过的规则文件夹（信任记录：" + store.file() + "）");
        return ExitCode.OK.code();
    }

    private static String state(Path folder, String digest) {
        if (!Files.isDirectory(folder)) {
            return "已不存在";
        }
        try {
            return RuleSource.fromDirectory(folder).fingerprint().equals(digest) ? "未改动" : "信任后已改动，须再次信任";
        } catch (RulesException e) {
            return "无法读取";
        }
    }

    private static int revoke(TrustStore store, Path folder, PrintWriter out, PrintWriter err) {
        try {
            if (store.revoke(folder)) {
                out.println("不再信任规则文件夹 " + TrustStore.key(folder));
            } else {
                out.println(TrustStore.key(folder) + " 本来就没有被信任");
            }
            return ExitCode.OK.code();
        } catch (IOException e) {
            err.println("错误: 无法写入信任记录 " + store.file() + "（" + e.getMessage() + "）");
            return ExitCode.ERROR.code();
        }
    }
}
