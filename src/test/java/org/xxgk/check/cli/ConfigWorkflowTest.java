package org.xxgk.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xxgk.check.cli.ConfigFixtures.REPORT;
import static org.xxgk.check.cli.ConfigFixtures.copyOfRules;
import static org.xxgk.check.cli.ConfigFixtures.findings;
import static org.xxgk.check.cli.ConfigFixtures.run;
import static org.xxgk.check.cli.ConfigFixtures.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The officer's workflow, in-process and with no compilation step: each test runs {@link Main#run} against a copy of
 * the project's rules/ (and a config file) in a temporary folder, changes something, and runs again.
 */
class ConfigWorkflowTest {

    @TempDir
    Path dir;

    Path rules;
    Path report;

    @BeforeEach
    void setUp() throws IOException {
        rules = copyOfRules(dir);
        report = write(dir.resolve("r.txt"), REPORT);
    }

    private ConfigFixtures.Run check(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--rules", rules.toString(), "--format", "json", "-j", "1"));
        args.addAll(List.of(extra));
        args.add(report.toString());
        return run(args.toArray(String[]::new));
    }

    private Path config(String yaml) throws IOException {
        return write(dir.resolve("xxgk.yaml"), yaml);
    }

    @Test
    void theRunSaysWhichRuleSetItUsed() {
        ConfigFixtures.Run json = check();
        assertEquals(rules.toString(), json.json().path("rules").path("source").asText(), json.toString());
        ConfigFixtures.Run text = run("--rules", rules.toString(), report.toString());
        assertTrue(text.out().strip().endsWith("（规则：" + rules + "，" + ConfigFixtures.nationalRules(rules) + " 条；无配置文件）"), text.toString());
    }

    @Test
    void anEditedSeverityTakesEffectOnTheNextRun() throws IOException {
        ConfigFixtures.Run before = check();
        assertEquals(1, before.code(), before.toString());
        assertTrue(findings(before.json(), "findings").contains("FEE-STATEMENT-MISSING error 12"), before.toString());

        Path drl = rules.resolve("narrative/FEE-STATEMENT-MISSING.drl");
        String text = Files.readString(drl);
        assertTrue(text.contains("@severity(\"error\")"));
        Files.writeString(drl, text.replace("@severity(\"error\")", "@severity(\"info\")"));

        ConfigFixtures.Run after = check();
        List<String> found = findings(after.json(), "findings");
        assertTrue(found.contains("FEE-STATEMENT-MISSING info 12"), after.toString());
        assertFalse(found.contains("FEE-STATEMENT-MISSING error 12"), after.toString());
    }

    @Test
    void aSeverityInTheConfigOverridesTheRuleAndCountsForFailOn() throws IOException {
        Path config = config("""
                rule-settings:
                  TABLE-MISSING:
                    severity: warning
                  FEE-STATEMENT-MISSING: { severity: info }
                """);
        ConfigFixtures.Run r = check("--config", config.toString(), "--fail-on", "error");
        assertEquals(List.of("TABLE-MISSING warning 4", "TABLE-MISSING warning 6", "TABLE-MISSING warning 8",
                "FEE-STATEMENT-MISSING info 12"), findings(r.json(), "findings"), r.toString());
        // Without the config these are errors and the run fails; with it nothing reaches error.
        assertEquals(0, r.code(), r.toString());
        assertEquals(1, check("--config", config.toString(), "--fail-on", "warning").code());
        assertEquals(1, check("--fail-on", "error").code());
    }

    @Test
    void aDisabledRuleDoesNotRun() throws IOException {
        Path config = config("""
                rule-settings:
                  TABLE-MISSING:
                    enabled: false
                """);
        ConfigFixtures.Run r = check("--config", config.toString());
        assertEquals(List.of("FEE-STATEMENT-MISSING error 12"), findings(r.json(), "findings"), r.toString());
        long national = ConfigFixtures.nationalRules(rules);
        assertEquals(national - 1, r.json().path("rules").path("count").asInt(), "rules in force");
        assertEquals(national, check().json().path("rules").path("count").asInt());
    }

    @Test
    void aSuppressedFindingIsListedApartAndNeverFailsTheRun() throws IOException {
        Path config = config("""
                rule-settings:
                  TABLE-MISSING: { enabled: false }
                suppressions:
                  - reports: "r*.txt"
                    rule: FEE-STATEMENT-MISSING
                    reason: 已人工核对：信息处理费情况另行公开
                """);
        ConfigFixtures.Run r = check("--config", config.toString(), "--fail-on", "info");
        JsonNode json = r.json();
        assertEquals(List.of(), findings(json, "findings"), r.toString());
        assertEquals(List.of("FEE-STATEMENT-MISSING error 12"), findings(json, "suppressed"));
        assertEquals("已人工核对：信息处理费情况另行公开",
                json.path("reports").get(0).path("suppressed").get(0).path("reason").asText());
        assertEquals(1, json.path("summary").path("suppressed").asInt());
        assertEquals(0, json.path("summary").path("error").asInt());
        assertEquals(0, r.code(), "a suppressed error does not fail even --fail-on info");

        ConfigFixtures.Run text = run("--rules", rules.toString(), "--config", config.toString(), report.toString());
        assertTrue(text.out().contains("已抑制 1"), text.toString());
        assertFalse(text.out().contains("[FEE-STATEMENT-MISSING]"), text.toString());
    }

    @Test
    void aSuppressionForOtherReportsLeavesThisOneAlone() throws IOException {
        Path config = config("""
                suppressions:
                  - reports: "**/2023/*.txt"
                    rule: FEE-STATEMENT-MISSING
                    reason: 只针对2023年的年报
                """);
        ConfigFixtures.Run r = check("--config", config.toString());
        assertTrue(findings(r.json(), "findings").contains("FEE-STATEMENT-MISSING error 12"), r.toString());
        assertEquals(0, r.json().path("summary").path("suppressed").asInt());
    }

    @Test
    void anExtraClaimPatternInTheConfigIsUsedByTheRules() throws IOException {
        report = write(dir.resolve("r.txt"), REPORT.replace("六、其他需要报告的事项\n无。",
                "六、其他需要报告的事项\n信息处理费：零。"));
        assertTrue(findings(check().json(), "findings").contains("FEE-STATEMENT-MISSING error 12"));
        Path config = config("""
                claim-patterns:
                  - kind: fee-none
                    regex: '信息处理费[:：]\\s*零'
                    sections: [6]
                """);
        ConfigFixtures.Run r = check("--config", config.toString());
        assertFalse(r.out().contains("FEE-STATEMENT-MISSING"), r.toString());
    }

    @Test
    void theConfigNamesTheRuleFolderAndTheCommandLineOverridesIt() throws IOException {
        Path other = dir.resolve("other-rules");
        Files.move(rules, other);
        Path config = config("rules: other-rules\n");
        ConfigFixtures.Run r = run("--config", config.toString(), "--format", "json", report.toString());
        assertEquals(other.toString(), r.json().path("rules").path("source").asText(), r.toString());

        Path copy = copyOfRules(dir.resolve("copy"));
        ConfigFixtures.Run overridden = run("--config", config.toString(), "--rules", copy.toString(), "--format",
                "json", report.toString());
        assertEquals(copy.toString(), overridden.json().path("rules").path("source").asText(), overridden.toString());
    }

    @Test
    void failOnFromTheConfigAndFromTheCommandLine() throws IOException {
        Path config = config("fail-on: none\n");
        assertEquals(0, check("--config", config.toString()).code(), "config: fail-on none");
        assertEquals(1, check("--config", config.toString(), "--fail-on", "error").code(), "command line wins");
    }

    @Test
    void addedRuleFromTheReadmeTakesEffectWithoutRebuild() throws IOException {
        String rule = drlBlock(Files.readString(Path.of("rules/README.md")), "PROBLEMS-TOO-SHORT");
        assertFalse(findings(check().json(), "findings").stream().anyMatch(f -> f.startsWith("PROBLEMS-TOO-SHORT")));

        write(rules.resolve("structure/PROBLEMS-TOO-SHORT.drl"), rule);

        ConfigFixtures.Run validate = run("rules", "--validate", rules.toString());
        assertEquals(0, validate.code(), validate.toString());
        long all;
        try (var walk = Files.walk(rules)) {
            all = walk.filter(p -> p.toString().endsWith(".drl")).count();
        }
        assertTrue(validate.out().startsWith(all + " 条规则 OK"), validate.toString());
        ConfigFixtures.Run r = check();
        assertTrue(findings(r.json(), "findings").contains("PROBLEMS-TOO-SHORT info 10"), r.toString());
        ConfigFixtures.Run text = run("--rules", rules.toString(), report.toString());
        assertTrue(text.out().contains(report + ":10: 提示 [PROBLEMS-TOO-SHORT] 第五部分“存在的主要问题及改进情况”正文只有22字"
                + "（第10–11行），少于60字；应具体写明存在的问题和改进措施"), text.toString());
    }

    @Test
    void aSyntaxErrorStopsTheRunWithFileAndLineAndItsFixTakesEffect() throws IOException {
        Path drl = rules.resolve("narrative/FEE-STATEMENT-MISSING.drl");
        String good = Files.readString(drl);
        String broken = good.replace("not Claim( section == 6,", "not Claim( section == 6");
        assertFalse(broken.equals(good));
        Files.writeString(drl, broken);

        ConfigFixtures.Run r = check();
        assertEquals(2, r.code(), r.toString());
        assertEquals("", r.out(), "nothing is reported with a broken rule set");
        Matcher m = Pattern.compile("^narrative/FEE-STATEMENT-MISSING\\.drl:(\\d+):\\d+: ", Pattern.MULTILINE)
                .matcher(r.err());
        assertTrue(m.find(), r.toString());
        int line = Integer.parseInt(m.group(1));
        int brokenLine = (int) good.substring(0, good.indexOf("not Claim( section == 6,")).lines().count();
        assertTrue(line == brokenLine || line == brokenLine + 1,
                "the error is on or just after the broken condition (line " + brokenLine + "): " + line);
        assertTrue(r.err().contains("未检查任何年报"), r.toString());
        assertFalse(r.err().contains("\tat "), "no stack trace");

        ConfigFixtures.Run validate = run("rules", "--validate", rules.toString());
        assertEquals(2, validate.code());
        assertTrue(validate.err().contains("narrative/FEE-STATEMENT-MISSING.drl:" + line + ":"), validate.toString());

        Files.writeString(drl, good);
        assertEquals(1, check().code(), "fixed: the next run checks again");
    }

    @Test
    void aConfigWithATypoIsRefusedWithItsLine() throws IOException {
        Path config = config("""
                # 本单位的设置
                fail_on: warning
                """);
        ConfigFixtures.Run r = check("--config", config.toString());
        assertEquals(2, r.code(), r.toString());
        assertEquals("", r.out());
        String first = r.err().lines().findFirst().orElse("");
        assertEquals(config + ":2: 未知的键“fail_on”（在顶层）；可用的键：fail-on、rules、rule-settings、requirements、"
                + "suppressions、label-synonyms、claim-patterns、baseline、limits、repeated-text-percent；是不是“fail-on”？", first);
        assertTrue(r.err().contains("未检查任何年报"));
    }

    @Test
    void aConfigWithAnUnknownRuleIdIsRefusedWithItsLine() throws IOException {
        Path config = config("""
                fail-on: warning
                rule-settings:
                  SECTION-LENGTH: { enabled: false }
                  SECTON-TITLE:
                    severity: warning
                """);
        ConfigFixtures.Run r = check("--config", config.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith(config + ":4: rule-settings 中的规则 id“SECTON-TITLE”不在规则集（" + rules
                + "）中；是不是“SECTION-TITLE”？"), r.toString());
    }

    @Test
    void aMissingConfigFileIsAnError() {
        ConfigFixtures.Run r = check("--config", dir.resolve("nope.yaml").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith(dir.resolve("nope.yaml") + ": 配置文件不存在"), r.toString());
    }

    /** The ```drl block of a README that declares {@code @id("ID")}. */
    static String drlBlock(String markdown, String id) {
        Matcher m = Pattern.compile("```drl\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        while (m.find()) {
            if (m.group(1).contains("@id(\"" + id + "\")")) {
                return m.group(1);
            }
        }
        throw new AssertionError("rules/README.md has no ```drl block with @id(\"" + id + "\")");
    }
}
