package org.xxgk.check.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.finding.Severity;

/** The config resolved against a rule set: unknown ids and requirements refused by line; policy applied to findings. */
class PolicyTest {

    static final List<RuleRef> RULES = List.of(new RuleRef("FEE-STATEMENT-MISSING", ""),
            new RuleRef("SECTION-LENGTH", ""), new RuleRef("TABLE-MISSING", ""),
            new RuleRef("NPC-CPPCC-PROPOSALS", "npc-cppcc-proposals"), new RuleRef("OTHER-PROVINCE", "other-item"));

    @TempDir
    Path dir;

    private Policy policy(String yaml) throws IOException, ConfigException {
        Path file = dir.resolve("xxgk.yaml");
        Files.writeString(file, yaml);
        return ConfigFile.read(file, "xxgk.yaml").policy(RULES, "rules");
    }

    private List<String> refused(String yaml) {
        ConfigException e = assertThrows(ConfigException.class, () -> policy(yaml));
        return e.errors().stream().map(ConfigError::toString).toList();
    }

    @Test
    void unknownRuleIdsAreRefusedOnTheirLines() {
        assertEquals(List.of(
                "xxgk.yaml:3: rule-settings 中的规则 id“SECTION-LENGHT”不在规则集（rules）中；是不是“SECTION-LENGTH”？",
                "xxgk.yaml:7: suppressions 中的规则 id“NO-SUCH-RULE”不在规则集（rules）中；用 check rules 查看所有规则 id"),
                refused("""
                        fail-on: error
                        rule-settings:
                          SECTION-LENGHT:
                            enabled: false
                        suppressions:
                          - reports: "*.txt"
                            rule: NO-SUCH-RULE
                            reason: 核对过
                        """));
    }

    @Test
    void unknownRequirementsAndSwitchingAnOptionalRuleOnAloneAreRefused() {
        assertEquals(List.of(
                "xxgk.yaml:2: requirements 中的“npc-proposals”不是规则集（rules）中的要求；可用：npc-cppcc-proposals、other-item",
                "xxgk.yaml:4: 规则 NPC-CPPCC-PROPOSALS 属于可选要求“npc-cppcc-proposals”，不能单独启用；"
                        + "请在 requirements: 中加入 npc-cppcc-proposals",
                "xxgk.yaml:5: rule-settings 中规则 SECTION-LENGTH 的设置为空；可写“enabled: false”或“severity: error/warning/info”"),
                refused("""
                        requirements:
                          - npc-proposals
                        rule-settings:
                          NPC-CPPCC-PROPOSALS: { enabled: true }
                          SECTION-LENGTH:
                        """));
    }

    @Test
    void optionalRulesRunOnlyWhenTheirRequirementIsListed() throws Exception {
        assertEquals(Set.of("NPC-CPPCC-PROPOSALS", "OTHER-PROVINCE"), policy("fail-on: error\n").disabled());
        assertEquals(Set.of("OTHER-PROVINCE"), policy("requirements: [npc-cppcc-proposals]\n").disabled());
        assertEquals(Set.of("OTHER-PROVINCE", "NPC-CPPCC-PROPOSALS"), policy("""
                requirements: [npc-cppcc-proposals]
                rule-settings:
                  NPC-CPPCC-PROPOSALS: { enabled: false }
                """).disabled(), "a listed requirement's rule can still be switched off");
    }

    @Test
    void severitiesChangeFirstThenSuppressionsSetFindingsApart() throws Exception {
        Policy p = policy("""
                rule-settings:
                  TABLE-MISSING: { severity: warning }
                  FEE-STATEMENT-MISSING: { severity: info }
                suppressions:
                  - reports: "reports/2024/*.txt"
                    rule: FEE-STATEMENT-MISSING
                    reason: 已核对
                """);
        Finding table = new Finding("TABLE-MISSING", Severity.ERROR, 4, "m", null, null);
        Finding fee = new Finding("FEE-STATEMENT-MISSING", Severity.ERROR, 12, "m", null, null);
        Finding length = new Finding("SECTION-LENGTH", Severity.INFO, 2, "m", null, null);

        Policy.Outcome in2024 = p.apply("./reports/2024/a.txt", List.of(table, fee, length));
        assertEquals(List.of(table.withSeverity(Severity.WARNING), length), in2024.active());
        assertEquals(List.of(new CheckedReport.Suppressed(fee.withSeverity(Severity.INFO), "已核对")),
                in2024.suppressed());

        Policy.Outcome in2023 = p.apply("reports/2023/a.txt", List.of(fee));
        assertEquals(List.of(fee.withSeverity(Severity.INFO)), in2023.active());
        assertTrue(in2023.suppressed().isEmpty());
    }

    @Test
    void globsMatchThePathAsGivenOrTheFileNameAlone() {
        Suppression byName = new Suppression("2024-*.txt", "R", "x");
        assertTrue(byName.matches("samples/2024-dawukou.txt", "R"));
        assertTrue(byName.matches("/abs/path/2024-dawukou.txt", "R"));
        assertFalse(byName.matches("samples/2023-dawukou.txt", "R"));
        assertFalse(byName.matches("samples/2024-dawukou.txt", "OTHER"), "only the named rule");

        Suppression byPath = new Suppression("reports/*/大武口*.txt", "R", "x");
        assertTrue(byPath.matches("reports/2024/大武口区应急管理局.txt", "R"));
        assertTrue(byPath.matches("./reports/2024/大武口区应急管理局.txt", "R"));
        assertTrue(byPath.matches("reports\\2024\\大武口区应急管理局.txt", "R"));
        assertFalse(byPath.matches("reports/2024/sub/大武口区应急管理局.txt", "R"), "* stays within a folder");
        assertTrue(new Suppression("reports/**.txt", "R", "x").matches("reports/2024/sub/a.txt", "R"));
    }

    @Test
    void noConfigMeansNoChange() {
        Finding f = new Finding("TABLE-MISSING", Severity.ERROR, 4, "m", null, null);
        Policy.Outcome o = Policy.none().apply("a.txt", List.of(f));
        assertEquals(List.of(f), o.active());
        assertTrue(o.suppressed().isEmpty());
        assertTrue(Policy.none().disabled().isEmpty());
    }
}
