package org.xxgk.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xxgk.check.cli.ConfigFixtures.REPORT;
import static org.xxgk.check.cli.ConfigFixtures.copyOfRules;
import static org.xxgk.check.cli.ConfigFixtures.run;
import static org.xxgk.check.cli.ConfigFixtures.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules are code: a config that came with the reports (a checked folder's {@code xxgk.yaml}) may name a rule folder,
 * but its rules run only once the user trusted that folder as it is ({@code check trust}); the project's rules, the
 * bundled copy (and exact copies of it) and {@code --rules} need no such step.
 */
class RuleTrustTest {

    /** A rule that passes validation and reports on every report: proof that the folder's rules ran. */
    static final String MARKER = """
            package rules.structure;

            import org.xxgk.check.fact.Report;

            global org.xxgk.check.engine.Findings findings;

            // 测试用：每份年报都报告，表明这个文件夹中的规则运行了。
            rule "FROM-THE-FOLDER"
                @id("FROM-THE-FOLDER") @severity("info") @title("来自文件夹的规则") @basis("测试")
            when
                $r : Report()
            then
                findings.report( kcontext, 1, "这条规则运行了" );
            end
            """;

    @TempDir
    Path dir;
    private Path trust;
    private String before;

    @BeforeEach
    void ownTrustRecord() {
        before = System.getProperty("xxgk.trust");
        trust = dir.resolve("trusted-rules");
        System.setProperty("xxgk.trust", trust.toString());
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("xxgk.trust");
        } else {
            System.setProperty("xxgk.trust", before);
        }
    }

    /** A folder as someone might send it: reports, an xxgk.yaml, and the rule folder it names. */
    private Path sentFolder() throws IOException {
        Path sent = dir.resolve("sent");
        Path rules = copyOfRules(sent);
        write(rules.resolve("structure/FROM-THE-FOLDER.drl"), MARKER);
        write(sent.resolve("xxgk.yaml"), "# 随年报一起寄来的配置\nrules: rules\nrule-settings:\n  SECTION-LENGTH: { enabled: false }\n");
        write(sent.resolve("r.txt"), REPORT);
        return sent;
    }

    private static ConfigFixtures.Run check(Path sent) {
        return run("--config", sent.resolve("xxgk.yaml").toString(), sent.resolve("r.txt").toString());
    }

    @Test
    void aConfigsRuleFolderRunsOnlyOnceTrustedAndAgainAfterAChangeOnlyOnceTrustedAgain() throws IOException {
        Path sent = sentFolder();
        Path rules = sent.resolve("rules").toRealPath();

        ConfigFixtures.Run refused = check(sent);
        assertEquals(2, refused.code(), refused.toString());
        assertEquals("", refused.out(), refused.toString());
        assertTrue(refused.err().startsWith(sent.resolve("xxgk.yaml") + ":2: rules 指定的规则文件夹 " + sent.resolve("rules")
                + " 未被信任，未运行其中的规则：规则是 Java 代码，以你的权限运行"), refused.toString());
        assertTrue(refused.err().contains("运行 check trust " + rules + " 信任它"), refused.toString());
        assertTrue(refused.err().contains("未检查任何年报"), refused.toString());

        ConfigFixtures.Run trusted = run("trust", rules.toString());
        assertEquals(0, trusted.code(), trusted.toString());
        assertTrue(trusted.out().startsWith("已信任规则文件夹 " + rules + "（"), trusted.toString());
        ConfigFixtures.Run ran = check(sent);
        assertEquals(1, ran.code(), ran.toString());
        assertTrue(ran.out().contains("r.txt:1: 提示 [FROM-THE-FOLDER] 这条规则运行了"), ran.toString());

        write(sent.resolve("rules/structure/FROM-THE-FOLDER.drl"), MARKER.replace("这条规则运行了", "改过的规则运行了"));
        ConfigFixtures.Run changed = check(sent);
        assertEquals(2, changed.code(), changed.toString());
        assertTrue(changed.err().contains(" 自信任以来已改动，未运行其中的规则"), changed.toString());
        assertTrue(run("trust", "--list").out().contains(rules + "\t信任后已改动，须再次信任"));

        assertEquals(0, run("trust", "--config", sent.resolve("xxgk.yaml").toString()).code(), "DIR from the config");
        assertTrue(check(sent).out().contains("改过的规则运行了"));

        assertEquals(0, run("trust", "--revoke", rules.toString()).code());
        assertEquals(2, check(sent).code());
    }

    @Test
    void policyWithoutARuleFolderNeedsNoTrustAndTheSameFolderNamedByTheUserRuns() throws IOException {
        Path sent = sentFolder();
        write(sent.resolve("policy.yaml"), "rule-settings:\n  FEE-STATEMENT-MISSING: { severity: warning }\n");
        ConfigFixtures.Run policy = run("--config", sent.resolve("policy.yaml").toString(), sent.resolve("r.txt").toString());
        assertEquals(1, policy.code(), policy.toString());
        assertTrue(policy.out().contains("r.txt:12: 警告 [FEE-STATEMENT-MISSING]"), policy.toString());

        ConfigFixtures.Run named = run("--rules", sent.resolve("rules").toString(), sent.resolve("r.txt").toString());
        assertTrue(named.out().contains("[FROM-THE-FOLDER]"), named.toString());
    }

    @Test
    void rulesPointingAtTheRootIsRefusedUnreadWithTheConfigsLine() throws IOException {
        Path config = write(dir.resolve("xxgk.yaml"), "rules: /\n");
        Path report = write(dir.resolve("r.txt"), REPORT);
        ConfigFixtures.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> run("--config", config.toString(), report.toString()));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith(config + ":1: rules 指定的规则文件夹 / 未被信任"), r.toString());
        assertFalse(r.err().contains("Exception"), r.toString());

        ConfigFixtures.Run trustRoot = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("trust", "/"));
        assertEquals(2, trustRoot.code(), trustRoot.toString());
        assertTrue(trustRoot.err().contains("不像规则文件夹") || trustRoot.err().contains("无法读取"), trustRoot.toString());
        assertFalse(trustRoot.err().contains("Exception"), trustRoot.toString());
    }

    @Test
    void trustingAFolderWhoseRulesUseWhatValidationRefusesSaysSo() throws IOException {
        Path rules = dir.resolve("evil");
        write(rules.resolve("tables/EXIT.drl"), MARKER.replace("FROM-THE-FOLDER", "EXIT")
                .replace("findings.report( kcontext, 1, \"这条规则运行了\" );", "System.exit( 0 );"));
        ConfigFixtures.Run r = run("trust", rules.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("tables/EXIT.drl:13:5: 规则不能使用 System"), r.toString());
        assertTrue(r.err().contains("信任不放行它们"), r.toString());

        Path report = write(dir.resolve("r.txt"), REPORT);
        ConfigFixtures.Run check = run("--rules", rules.toString(), report.toString());
        assertEquals(2, check.code(), check.toString());
        assertTrue(check.err().contains("tables/EXIT.drl:13:5: 规则不能使用 System"), check.toString());
        assertTrue(check.err().contains("未检查任何年报"), check.toString());
        assertTrue(Files.exists(trust));
    }

    /** The real thing: the checker started inside a folder someone sent, whose xxgk.yaml names its own rules. */
    @Test
    void checkingASentFolderFromInsideItDoesNotRunItsRules() throws Exception {
        Path sent = sentFolder();
        Subprocess.Run r = Subprocess.run(sent, List.of(), 120, "r.txt");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("xxgk.yaml:2: rules 指定的规则文件夹 " + sent.toRealPath().resolve("rules")
                + " 未被信任"), r.toString());
        assertFalse(r.out().contains("FROM-THE-FOLDER"), r.toString());
    }
}
