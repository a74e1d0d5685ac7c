package org.xxgk.check.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.xxgk.check.engine.RuleSource;

/**
 * Which rule set a run uses: {@code --rules DIR}, else the config's {@code rules:}, else the {@code rules/} folder of
 * the installation ({@code -Dxxgk.home}, set by the {@code ./check} launcher), else {@code ./rules}, else the copy
 * bundled in the jar.
 */
final class RuleLocator {

    private RuleLocator() {
    }

    static RuleSource locate(Path explicit) throws IOException {
        if (explicit != null) {
            if (!Files.isDirectory(explicit)) {
                throw new IOException("规则文件夹不存在：" + explicit);
            }
            return RuleSource.fromDirectory(explicit);
        }
        String home = System.getProperty("xxgk.home");
        if (home != null && Files.isDirectory(Path.of(home, "rules"))) {
            return RuleSource.fromDirectory(Path.of(home, "rules"));
        }
        if (Files.isDirectory(Path.of("rules"))) {
            return RuleSource.fromDirectory(Path.of("rules"));
        }
        return RuleSource.bundled();
    }
}
