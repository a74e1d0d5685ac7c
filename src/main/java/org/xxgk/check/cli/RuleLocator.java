package org.xxgk.check.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.xxgk.check.config.Config;
import org.xxgk.check.config.ConfigError;
import org.xxgk.check.config.ConfigException;
import org.xxgk.check.config.TrustStore;
import org.xxgk.check.engine.RuleError;
import org.xxgk.check.engine.RuleSource;
import org.xxgk.check.engine.RulesException;

/**
 * Which rule set a run uses, first found wins: {@code --rules DIR}; the config's {@code rules:}; the {@code rules/}
 * folder of the installation ({@code -Dxxgk.home}, set by the {@code ./check} launcher); {@code ./rules}; the copy
 * bundled in the jar. The run prints the one it used.
 *
 * <p>A rule is Java code that runs with the user's rights, so a rule set runs only from where the user said so:
 * {@code --rules}, the installation, the bundled copy. A folder named by a config file (which may have come with the
 * reports being checked) or found as {@code ./rules} runs only when the user trusted it with {@code check trust}
 * and it has not changed since, or when its rules are exactly the bundled ones.
 */
final class RuleLocator {

    /** Where a rule set was found: this decides whether it needs the user's trust. */
    enum Kind { OPTION, CONFIG, HOME, WORKING, BUNDLED }

    /** The rule set chosen, before it is read; {@code dir} is null for the bundled copy. */
    record Choice(Kind kind, Path dir) {
    }

    private RuleLocator() {
    }

    /**
     * The rule set of a run, refused when it comes from a folder the user has not trusted.
     *
     * @param explicit {@code --rules DIR}, or {@code null}
     * @param config   the config in force (its {@code rules:} is already resolved against its folder)
     */
    static RuleSource locate(Path explicit, Config config, TrustStore trust)
            throws IOException, RulesException, ConfigException {
        String home = System.getProperty("xxgk.home");
        Path homeDir = home == null ? null : Path.of(home);
        Choice choice = choose(explicit, config.rules(), homeDir, Path.of(""));
        return switch (choice.kind()) {
            case OPTION, HOME -> RuleSource.fromDirectory(choice.dir());
            case BUNDLED -> RuleSource.bundled();
            case CONFIG, WORKING -> trusted(choice, config, trust, homeDir);
        };
    }

    /** The same search without the trust check, the installation and working directories given: what tests call. */
    static RuleSource locate(Path explicit, Path configured, Path home, Path workingDir)
            throws IOException, RulesException {
        Choice choice = choose(explicit, configured, home, workingDir);
        return choice.kind() == Kind.BUNDLED ? RuleSource.bundled() : RuleSource.fromDirectory(choice.dir());
    }

    static Choice choose(Path explicit, Path configured, Path home, Path workingDir) throws IOException {
        if (explicit != null) {
            if (!Files.isDirectory(explicit)) {
                throw new IOException("规则文件夹不存在：" + explicit);
            }
            return new Choice(Kind.OPTION, explicit);
        }
        if (configured != null) {
            if (!Files.isDirectory(configured)) {
                throw new IOException("配置文件中 rules 指定的规则文件夹不存在：" + configured);
            }
            return new Choice(Kind.CONFIG, configured);
        }
        if (home != null && Files.isDirectory(home.resolve("rules"))) {
            return new Choice(Kind.HOME, home.resolve("rules"));
        }
        Path local = workingDir.resolve("rules");
        if (Files.isDirectory(local)) {
            return new Choice(Kind.WORKING, local);
        }
        return new Choice(Kind.BUNDLED, null);
    }

    /**
     * A folder the user must have trusted. It is read only when it is the installation's own, or was trusted (to
     * compare its digest), or to see whether it is a copy of the bundled rules; {@code rules: /} is refused unread.
     */
    private static RuleSource trusted(Choice choice, Config config, TrustStore trust, Path home)
            throws IOException, RulesException, ConfigException {
        Path dir = choice.dir();
        if (home != null && TrustStore.key(dir).equals(TrustStore.key(home.resolve("rules")))) {
            return RuleSource.fromDirectory(dir);
        }
        String recorded = trust.digest(dir);
        RuleSource source = null;
        if (recorded != null) {
            source = read(choice, config);
            if (source.fingerprint().equals(recorded)) {
                return source;
            }
        } else {
            try {
                source = RuleSource.fromDirectory(dir);
            } catch (RulesException e) {
                source = null; // unreadable or not a rule folder: not a copy of the bundled rules either
            }
        }
        if (source != null && source.fingerprint().equals(RuleSource.bundled().fingerprint())) {
            return source;
        }
        String what = (choice.kind() == Kind.CONFIG ? "rules 指定的规则文件夹 " : "当前文件夹中的规则文件夹 ") + dir;
        String message = what + (recorded == null ? " 未被信任" : " 自信任以来已改动") + "，未运行其中的规则：规则是 Java 代码，"
                + "以你的权限运行，只能来自可信的来源。" + (recorded == null ? "核对其来源后" : "核对改动后")
                + "运行 check trust " + TrustStore.key(dir) + " 信任它（改动后须再次信任），或用 --rules 指定规则文件夹";
        if (choice.kind() == Kind.CONFIG) {
            throw new ConfigException(new ConfigError(config.file(), config.rulesLine(), message));
        }
        throw new IOException(message);
    }

    /** A trusted folder's rules; for a config's folder, an unreadable one is an error on the config's line. */
    private static RuleSource read(Choice choice, Config config) throws RulesException, ConfigException {
        try {
            return RuleSource.fromDirectory(choice.dir());
        } catch (RulesException e) {
            if (choice.kind() != Kind.CONFIG) {
                throw e;
            }
            RuleError first = e.errors().get(0);
            throw new ConfigException(new ConfigError(config.file(), config.rulesLine(), "rules 指定的规则文件夹 "
                    + choice.dir() + " 无法使用：" + first.file() + " " + first.message()));
        }
    }
}
