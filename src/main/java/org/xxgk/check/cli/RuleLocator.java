package org.xxgk.check.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.xxgk.check.engine.RuleSource;

/**
 * Which rule set a run uses, first found wins: {@code --rules DIR}; the config's {@code rules:}; the {@code rules/}
 * folder of the installation ({@code -Dxxgk.home}, set by the {@code ./check} launcher); {@code ./rules}; the copy
 * bundled in the jar. The run prints the one it used.
 */
final class RuleLocator {

    private RuleLocator() {
    }

    /**
     * @param explicit   {@code --rules DIR}, or {@code null}
     * @param configured the config's {@code rules:} (already resolved against the config's folder), or {@code null}
     */
    static RuleSource locate(Path explicit, Path configured) throws IOException {
        String home = System.getProperty("xxgk.home");
        return locate(explicit, configured, home == null ? null : Path.of(home), Path.of(""));
    }

    /** The same search with the installation and working directories given: what tests call. */
    static RuleSource locate(Path explicit, Path configured, Path home, Path workingDir) throws IOException {
        if (explicit != null) {
            if (!Files.isDirectory(explicit)) {
                throw new IOException("规则文件夹不存在：" + explicit);
            }
            return RuleSource.fromDirectory(explicit);
        }
        if (configured != null) {
            if (!Files.isDirectory(configured)) {
                throw new IOException("配置文件中 rules 指定的规则文件夹不存在：" + configured);
            }
            return RuleSource.fromDirectory(configured);
        }
        if (home != null && Files.isDirectory(home.resolve("rules"))) {
            return RuleSource.fromDirectory(home.resolve("rules"));
        }
        Path local = workingDir.resolve("rules");
        if (Files.isDirectory(local)) {
            return RuleSource.fromDirectory(local);
        }
        return RuleSource.bundled();
    }
}
