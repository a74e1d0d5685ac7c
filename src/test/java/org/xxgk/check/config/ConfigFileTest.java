package org.xxgk.check.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xxgk.check.finding.Severity;
import org.xxgk.check.template.Templates;

/** Reading xxgk.yaml strictly: every mistake is one Chinese line with the file and the line it stands on. */
class ConfigFileTest {

    @TempDir
    Path dir;

    private Config read(String yaml) throws IOException, ConfigException {
        Path file = dir.resolve("xxgk.yaml");
        Files.writeString(file, yaml);
        return ConfigFile.read(file, "xxgk.yaml");
    }

    private ConfigError refused(String yaml) throws IOException {
        ConfigException e = assertThrows(ConfigException.class, () -> read(yaml));
        assertEquals(1, e.errors().size(), e.errors().toString());
        return e.errors().get(0);
    }

    @Test
    void theExampleConfigAtTheProjectRootIsValid() throws ConfigException {
        Config config = ConfigFile.read(Path.of("xxgk.example.yaml"), "xxgk.example.yaml");
        assertEquals(FailOn.error, config.failOn());
        assertEquals(Set.of("npc-cppcc-proposals"), config.requirements());
        assertEquals(List.of("SECTION-LENGTH"), config.disabledRules());
        assertTrue(config.templates(Templates.builtIn()).knowsLabel("四、结转下年度办理"));
    }

    @Test
    void aMisspeltTopLevelKeyNamesItsLineAndTheRightKey() throws IOException {
        ConfigError e = refused("""
                # 本单位设置

                fail_on: warning
                """);
        assertEquals(3, e.line());
        assertEquals("xxgk.yaml:3: 未知的键“fail_on”（在顶层）；可用的键：fail-on、rules、rule-settings、requirements、"
                + "suppressions、label-synonyms、claim-patterns、baseline、limits、repeated-text-percent；是不是“fail-on”？", e.toString());
    }

    @Test
    void aMisspeltNestedKeySaysWhereItStands() throws IOException {
        ConfigError e = refused("""
                rule-settings:
                  SECTION-LENGTH:
                    enable: false
                """);
        assertEquals("xxgk.yaml:3: 未知的键“enable”（在“rule-settings → SECTION-LENGTH”中）；可用的键：enabled、severity；"
                + "是不是“enabled”？", e.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fail-on: warn                                       | 1 | “fail-on”的值“warn”不合法；可用：error、warning、info、none
            fail-on: 1                                          | 1 | “fail-on”的值“1”不合法；可用：error、warning、info、none
            rule-settings:\\n  X:\\n    severity: critical      | 3 | “rule-settings → X → severity”的值“critical”不合法；可用：error、warning、info
            rule-settings:\\n  X:\\n    enabled: maybe          | 3 | “rule-settings → X → enabled”的值“maybe”不合法；可用：true 或 false
            rule-settings:\\n  X: false                         | 2 | “rule-settings → X”的写法不对：应为键值对（每行一个“键: 值”）
            requirements: npc-cppcc-proposals                   | 1 | “requirements”的写法不对：应为列表（如 [a, b] 或每行一个“- 值”）
            fail-on: error\\nfail-on: info                      | 2 | 键“fail-on”重复出现；每个键只能写一次
            rule-settings:\\n  A: {enabled: false}\\n  A: {enabled: true} | 3 | 键“A”重复出现；每个键只能写一次
            - fail-on\\n- error                                 | 1 | 配置文件的顶层应为键值对（如“fail-on: error”）
            fail-on: error\\n---\\nfail-on: info                | 3 | 配置文件只能有一个 YAML 文档；请删去第二个“---”及其后的内容
            suppressions:\\n  - reports: '*.txt'\\n    rule: X\\n    reasn: y | 4 | 未知的键“reasn”（在“suppressions 第1项”中）；可用的键：reason、reports、rule；是不是“reason”？
            """)
    void aBadValueNamesItsLineAndWhatIsAllowed(String yaml, int line, String message) throws IOException {
        ConfigError e = refused(yaml.replace("\\n", "\n") + "\n");
        assertEquals(line, e.line(), e.toString());
        assertEquals(message, e.message());
    }

    @Test
    void aYamlSyntaxErrorIsOneLineWithoutJacksonInternals() throws IOException {
        ConfigError e = refused("""
                rule-settings:
                  SECTION-LENGTH:
                    enabled: false
                   severity: info
                """);
        assertTrue(e.line() >= 3 && e.line() <= 4, e.toString());
        assertTrue(e.message().startsWith("YAML 语法错误（"), e.toString());
        assertFalse(e.message().contains("\n"));
    }

    @Test
    void anUnquotedGlobGetsAHint() throws IOException {
        ConfigError e = refused("""
                suppressions:
                  - reports: *.txt
                    rule: X
                    reason: y
                """);
        assertEquals(2, e.line(), e.toString());
        assertTrue(e.message().endsWith("以 * 或 & 开头的值要加引号，如 reports: \"*.txt\""), e.toString());
    }

    @Test
    void semanticMistakesAreAllReportedInFileOrder() throws IOException {
        ConfigException e = assertThrows(ConfigException.class, () -> read("""
                rules: no-such-folder
                requirements: [Npc_Proposals]
                suppressions:
                  - reports: "[a.txt"
                    rule: X
                    reason: y
                  - rule: X
                label-synonyms:
                  不存在的标签: [x]
                claim-patterns:
                  - kind: fee-none
                    regex: '信息处理费(('
                  - kind: fee-none
                    regex: '零'
                    sections: [7]
                """));
        List<String> lines = e.errors().stream().map(ConfigError::toString).toList();
        assertEquals(7, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("xxgk.yaml:1: rules 指定的规则文件夹不存在："), lines.get(0));
        assertTrue(lines.get(1).startsWith("xxgk.yaml:2: requirements 中的“Npc_Proposals”不是要求名"), lines.get(1));
        assertTrue(lines.get(2).startsWith("xxgk.yaml:4: suppressions 第1项的 reports 通配符“[a.txt”写法不对"),
                lines.get(2));
        assertEquals("xxgk.yaml:7: suppressions 第2项缺少 reports（年报路径的通配符，如 reports/2024/*.txt）、"
                + "reason（为什么可以不报）", lines.get(3));
        assertTrue(lines.get(4).startsWith("xxgk.yaml:9: label-synonyms 中的“不存在的标签”不是模板中的表格标签"),
                lines.get(4));
        assertTrue(lines.get(5).startsWith("xxgk.yaml:12: claim-patterns 第1项的 regex 不是合法的 Java 正则表达式（"),
                lines.get(5));
        assertEquals("xxgk.yaml:13: claim-patterns 第2项的 sections 只能是 1 到 6 的部分编号（0 表示第一部分之前）",
                lines.get(6));
    }

    @Test
    void anEmptyOrCommentOnlyFileIsAConfigThatChangesNothing() throws Exception {
        Config config = read("# 暂无设置\n");
        assertEquals("xxgk.yaml", config.file());
        assertNull(config.failOn());
        assertNull(config.rules());
        assertSame(Templates.builtIn(), config.templates(Templates.builtIn()));
        Policy p = config.policy(List.of(new RuleRef("A", ""), new RuleRef("P", "p-q")), "rules");
        assertEquals(Set.of("P"), p.disabled(), "an optional rule stays off");
    }

    @Test
    void theRulesFolderIsResolvedAgainstTheConfigFolder() throws Exception {
        Files.createDirectories(dir.resolve("my-rules"));
        Config config = read("rules: my-rules\n");
        assertEquals(dir.resolve("my-rules").toAbsolutePath().normalize(), config.rules());
    }

    @Test
    void xxgkYamlIsFoundInTheWorkingFolderAndAnExplicitFileMustExist() throws Exception {
        assertSame(Config.none(), ConfigFile.find(null, dir));
        Files.writeString(dir.resolve("xxgk.yaml"), "fail-on: info\n");
        assertEquals(FailOn.info, ConfigFile.find(null, dir).failOn());
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.find(dir.resolve("other.yaml"), dir));
        assertEquals(dir.resolve("other.yaml") + ": 配置文件不存在", e.errors().get(0).toString());
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path file = dir.resolve("gbk.yaml");
        Files.write(file, "# 设置\nfail-on: error\n".getBytes("GBK"));
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.read(file, "gbk.yaml"));
        assertEquals("gbk.yaml: 配置文件不是 UTF-8 编码；请另存为 UTF-8", e.errors().get(0).toString());
    }

    @Test
    void severitiesAndFlagsAreBound() throws Exception {
        Config config = read("""
                fail-on: warning
                rule-settings:
                  A: { severity: info }
                  B:
                    enabled: false
                    severity: error
                """);
        assertEquals(FailOn.warning, config.failOn());
        assertEquals(Severity.WARNING, config.failOn().threshold());
        Policy p = config.policy(List.of(new RuleRef("A", ""), new RuleRef("B", "")), "rules");
        assertEquals(Set.of("B"), p.disabled());
        assertEquals(Severity.INFO, p.severities().get("A"));
    }
}
