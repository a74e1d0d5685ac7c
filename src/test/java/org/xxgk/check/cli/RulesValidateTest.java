package org.xxgk.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xxgk.check.cli.ConfigFixtures.run;
import static org.xxgk.check.cli.ConfigFixtures.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code check rules --validate DIR} on broken rule folders: each mistake an officer can make is reported as
 * {@code file:line:col: message} with exit code 2, and the same folder stops a {@code check} run.
 */
class RulesValidateTest {

    /** A valid rule; each case below breaks one thing in it. Line numbers: rule 8, @id/@severity 9, @basis 10, when 11, condition 12, then 13. */
    static final String VALID = """
            package rules.fixture;

            import org.xxgk.check.fact.Section;

            global org.xxgk.check.engine.Findings findings;

            // 依据：测试用。
            rule "FIXTURE-RULE"
                @id("FIXTURE-RULE") @severity("info") @title("测试规则")
                @basis("测试")
            when
                $s : Section( number == 5, textLength < 50 )
            then
                findings.report( kcontext, $s.line(), "第五部分过短" );
            end
            """;

    @TempDir
    Path dir;

    static Stream<Arguments> broken() {
        String path = "fixture/FIXTURE-RULE.drl";
        return Stream.of(
                Arguments.of("syntax error", path, VALID.replace("textLength < 50 )", "textLength < 50"),
                        path + ":13:0: ", "mismatched input 'then'"),
                Arguments.of("unknown field", path, VALID.replace("number == 5", "numbr == 5"),
                        path + ":12:0: ", "numbr == 5"),
                Arguments.of("Java error in the consequence", path, VALID.replace("$s.line()", "$s.lin()"),
                        path + ":13:0: ", "规则“FIXTURE-RULE”中的 Java 表达式有错误"),
                Arguments.of("missing @basis", path, VALID.replace("@basis(\"测试\")", ""),
                        path + ":8:0: ", "缺少元数据 @basis"),
                Arguments.of("unquoted @severity", path, VALID.replace("@severity(\"info\")", "@severity(info)"),
                        path + ":9:0: ", "的 @severity 未加引号：应写作 @severity(\"info\")"),
                Arguments.of("unknown severity", path, VALID.replace("@severity(\"info\")", "@severity(\"critical\")"),
                        path + ":9:0: ", "只能是 error、warning 或 info"),
                Arguments.of("misspelt metadata key", path,
                        VALID.replace("@basis(\"测试\")", "@basis(\"测试\") @requirment(\"npc-cppcc-proposals\")"),
                        path + ":10:0: ", "未知的元数据 @requirment"),
                Arguments.of("unquoted @requirement", path,
                        VALID.replace("@basis(\"测试\")", "@basis(\"测试\") @requirement(npc)"),
                        path + ":10:0: ", "@requirement 未加引号"),
                Arguments.of("wrong file name", "fixture/FIXTURE-RULE2.drl", VALID,
                        "fixture/FIXTURE-RULE2.drl:8:0: ", "所在文件名应为 FIXTURE-RULE.drl"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void aBrokenRuleIsReportedWithFileAndLine(String how, String file, String drl, String at, String says)
            throws IOException {
        Path rules = dir.resolve("rules");
        write(rules.resolve(file), drl);

        ConfigFixtures.Run validate = run("rules", "--validate", rules.toString());
        assertEquals(2, validate.code(), validate.toString());
        String first = validate.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith(at), how + ": " + validate);
        assertTrue(first.contains(says), how + ": " + validate);
        assertFalse(validate.out().contains("OK"), validate.toString());
        assertFalse(validate.err().contains("\tat "), "no stack trace");

        Path report = write(dir.resolve("r.txt"), ConfigFixtures.REPORT);
        ConfigFixtures.Run check = run("--rules", rules.toString(), report.toString());
        assertEquals(2, check.code(), check.toString());
        assertTrue(check.err().startsWith(at), check.toString());
        assertEquals("", check.out());
    }

    @Test
    void aDuplicateIdIsReportedWithBothFiles() throws IOException {
        Path rules = dir.resolve("rules");
        write(rules.resolve("a/FIXTURE-RULE.drl"), VALID.replace("package rules.fixture", "package rules.a"));
        write(rules.resolve("b/FIXTURE-RULE.drl"), VALID.replace("package rules.fixture", "package rules.b")
                .replace("rule \"FIXTURE-RULE\"", "rule \"FIXTURE-RULE again\""));
        ConfigFixtures.Run r = run("rules", "--validate", rules.toString());
        assertEquals(2, r.code(), r.toString());
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.matches("[ab]/FIXTURE-RULE\\.drl:8:0: 规则 id FIXTURE-RULE 重复（另见 [ab]/FIXTURE-RULE\\.drl）"),
                r.toString());
    }

    @Test
    void aValidFolderIsOk() throws IOException {
        Path rules = dir.resolve("rules");
        write(rules.resolve("fixture/FIXTURE-RULE.drl"), VALID);
        ConfigFixtures.Run r = run("rules", "--validate", rules.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals("1 条规则 OK（" + rules + "）", r.out().strip());
        assertEquals("", r.err());
    }

    @Test
    void theProjectRulesAreValid() {
        ConfigFixtures.Run r = run("rules", "--validate", "rules");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().matches("\\d+ 条规则 OK（rules）\\R"), r.toString());
    }

    @Test
    void aFolderWithoutRulesIsAnError() {
        ConfigFixtures.Run r = run("rules", "--validate", dir.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("没有找到任何 .drl 规则文件"), r.toString());
    }

    @Test
    void aMissingFolderIsAnError() {
        ConfigFixtures.Run r = run("rules", "--validate", dir.resolve("nope").toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("错误: 规则文件夹不存在："), r.toString());
    }

    @Test
    void theCatalogueShowsWhatTheConfigChangesAndRefusesABrokenConfig() throws IOException {
        Path config = write(dir.resolve("xxgk.yaml"), """
                rule-settings:
                  SECTION-LENGTH: { enabled: false }
                  TABLE-ITEM-OMITTED: { severity: warning }
                  SECTION-TITLE: { severity: warning }
                suppressions:
                  - reports: "*.txt"
                    rule: FEE-STATEMENT-MISSING
                    reason: 核对过
                """);
        ConfigFixtures.Run r = run("rules", "--rules", "rules", "--config", config.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("SECTION-LENGTH\tinfo\t"), "the catalogue shows the rule's own metadata");
        assertTrue(r.out().strip().endsWith("配置文件 " + config + "：停用 SECTION-LENGTH；"
                + "级别改为 warning：SECTION-TITLE、TABLE-ITEM-OMITTED；抑制 1 条"), r.toString());

        write(config, "fail_on: error\n");
        ConfigFixtures.Run broken = run("rules", "--rules", "rules", "--config", config.toString());
        assertEquals(2, broken.code(), broken.toString());
        assertTrue(broken.err().startsWith(config + ":1: 未知的键“fail_on”"), broken.toString());
    }

    @Test
    void theConfigIsValidatedAgainstTheRules() throws IOException {
        Path rules = dir.resolve("rules");
        write(rules.resolve("fixture/FIXTURE-RULE.drl"), VALID);
        Path config = write(dir.resolve("xxgk.yaml"), """
                requirements:
                  - npc-cppcc-proposals
                """);
        ConfigFixtures.Run r = run("rules", "--validate", rules.toString(), "--config", config.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith(config + ":2: requirements 中的“npc-cppcc-proposals”不是规则集（" + rules
                + "）中的要求；该规则集没有可选要求"), r.toString());

        ConfigFixtures.Run ok = run("rules", "--validate", "rules", "--config", config.toString());
        assertEquals(0, ok.code(), ok.toString());
        assertTrue(ok.out().contains("配置文件 " + config + " OK"), ok.toString());
    }
}
