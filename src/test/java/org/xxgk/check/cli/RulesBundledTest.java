package org.xxgk.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.check.engine.RuleBase;
import org.xxgk.check.engine.RuleSource;

/** Where the rules come from: --rules, the config, the installation, ./rules, and the bundled fallback. */
class RulesBundledTest {

    @TempDir
    Path dir;

    @Test
    void withNoFolderTheBundledCopyOfRulesIsUsed() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        RuleSource source = RuleLocator.locate(null, null, null, empty);
        assertEquals("内置规则", source.origin());
        RuleSource project = RuleSource.fromDirectory(Path.of("rules"));
        assertEquals(project.files(), source.files(), "the jar carries a copy of rules/");

        RuleBase rules = RuleBase.compile(source);
        assertEquals("内置规则", rules.origin());
        assertEquals(RuleBase.compile(project).rules(), rules.rules());
    }

    @Test
    void theFirstFolderFoundWins() throws Exception {
        Path explicit = Files.createDirectories(dir.resolve("explicit"));
        Path configured = Files.createDirectories(dir.resolve("configured"));
        Path home = Files.createDirectories(dir.resolve("home/rules")).getParent();
        Path work = Files.createDirectories(dir.resolve("work/rules")).getParent();
        assertEquals(explicit.toString(), RuleLocator.locate(explicit, configured, home, work).origin());
        assertEquals(configured.toString(), RuleLocator.locate(null, configured, home, work).origin());
        assertEquals(home.resolve("rules").toString(), RuleLocator.locate(null, null, home, work).origin());
        assertEquals(work.resolve("rules").toString(), RuleLocator.locate(null, null, null, work).origin());
        assertEquals(work.resolve("rules").toString(),
                RuleLocator.locate(null, null, dir.resolve("no-such-home"), work).origin());
    }

    @Test
    void aMissingExplicitFolderIsAnErrorNotAFallback() {
        IOException e = assertThrows(IOException.class,
                () -> RuleLocator.locate(dir.resolve("nope"), null, null, dir));
        assertEquals("规则文件夹不存在：" + dir.resolve("nope"), e.getMessage());
    }

    /** The real thing: a separate JVM started in a folder without rules/, as an officer would from anywhere. */
    @Test
    void aRunFromAFolderWithoutRulesSaysItUsedTheBundledRules() throws Exception {
        Path report = ConfigFixtures.write(dir.resolve("r.txt"), ConfigFixtures.REPORT);
        String java = ProcessHandle.current().info().command().orElse("java");
        // C1 only, as the ./check launcher does: a cold compile of the rules takes a third of the time.
        Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.xxgk.check.cli.Main", "-j", "1", report.toString())
                .directory(dir.toFile()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run finished");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        List<String> lines = out.lines().toList();
        assertEquals(1, p.exitValue(), out);
        assertTrue(lines.get(lines.size() - 1).endsWith("（规则：内置规则，" + ConfigFixtures.nationalRules(Path.of("rules")) + " 条；无配置文件）"), out);
        assertTrue(out.contains(report + ":12: 错误 [FEE-STATEMENT-MISSING]"), out);
    }
}
