package org.xxgk.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xxgk.check.cli.ConfigFixtures.findings;
import static org.xxgk.check.cli.ConfigFixtures.run;
import static org.xxgk.check.cli.ConfigFixtures.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.check.engine.RuleBase;
import org.xxgk.check.engine.RuleSource;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.parse.ReportParser;
import org.xxgk.check.template.Templates;

/**
 * The province-level rule NPC-CPPCC-PROPOSALS (rules/province/): off unless the config lists the requirement
 * npc-cppcc-proposals; when on, section 六 must mention 人大代表建议和政协提案 办理 (see
 * features/province/NPC-CPPCC-PROPOSALS.feature for the same cases in Gherkin).
 */
class RulesProvinceTest {

    static final String WITH_PROPOSALS = ConfigFixtures.REPORT.replace("六、其他需要报告的事项\n无。",
            "六、其他需要报告的事项\n本年度未收取信息处理费。\n本年度未承办人大代表建议和政协提案。");
    static final String WITHOUT_PROPOSALS = ConfigFixtures.REPORT.replace("六、其他需要报告的事项\n无。",
            "六、其他需要报告的事项\n本年度未收取信息处理费。");
    static final String ELSEWHERE = ConfigFixtures.REPORT.replace("全年未收到政府信息公开申请。",
            "全年未收到政府信息公开申请，承办区人大代表建议3件，办理结果均已公开。").replace("六、其他需要报告的事项\n无。",
            "六、其他需要报告的事项\n本年度未收取信息处理费。");

    @TempDir
    Path dir;

    Path enabled;

    @BeforeEach
    void config() throws IOException {
        enabled = write(dir.resolve("xxgk.yaml"), "requirements: [npc-cppcc-proposals]\n");
    }

    private List<String> check(String report, String... config) throws IOException {
        Path file = write(dir.resolve("r.txt"), report);
        List<String> args = new java.util.ArrayList<>(List.of("--rules", "rules", "--format", "json"));
        args.addAll(List.of(config));
        args.add(file.toString());
        ConfigFixtures.Run r = run(args.toArray(String[]::new));
        assertTrue(r.code() == 0 || r.code() == 1, r.toString());
        return findings(r.json(), "findings").stream().filter(f -> f.startsWith("NPC-CPPCC-PROPOSALS")).toList();
    }

    @Test
    void reportedWhenTheRequirementIsOnAndSectionSixIsSilent() throws IOException {
        assertEquals(List.of("NPC-CPPCC-PROPOSALS warning 12"),
                check(WITHOUT_PROPOSALS, "--config", enabled.toString()));
        assertEquals(List.of("NPC-CPPCC-PROPOSALS warning 12"),
                check(ConfigFixtures.REPORT, "--config", enabled.toString()), "「无。」 is not a report of it");
    }

    @Test
    void notReportedWhenSectionSixMentionsIt() throws IOException {
        assertEquals(List.of(), check(WITH_PROPOSALS, "--config", enabled.toString()));
    }

    @Test
    void aMentionOutsideSectionSixDoesNotCount() throws IOException {
        assertEquals(List.of("NPC-CPPCC-PROPOSALS warning 12"), check(ELSEWHERE, "--config", enabled.toString()));
    }

    @Test
    void offWithoutTheRequirement() throws IOException {
        Path none = write(dir.resolve("none.yaml"), "fail-on: error\n");
        assertEquals(List.of(), check(WITHOUT_PROPOSALS, "--config", none.toString()));
    }

    @Test
    void theEngineRunsAnOptionalRuleOnlyForItsRequirement() throws Exception {
        RuleBase rules = RuleBase.compile(RuleSource.fromDirectory(Path.of("rules")));
        ReportFacts facts = new ReportParser(Templates.builtIn()).parse("r.txt", WITHOUT_PROPOSALS);
        assertFalse(ids(rules.evaluate(facts, Set.of())).contains("NPC-CPPCC-PROPOSALS"), "the national catalogue");
        assertTrue(ids(rules.evaluate(facts, Set.of(), Set.of("npc-cppcc-proposals"))).contains("NPC-CPPCC-PROPOSALS"));
        assertFalse(ids(rules.evaluate(facts, Set.of("NPC-CPPCC-PROPOSALS"), Set.of("npc-cppcc-proposals")))
                .contains("NPC-CPPCC-PROPOSALS"), "switched off one by one");
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    @Test
    void theCatalogueShowsTheRequirementAndWhetherItIsOn() throws IOException {
        ConfigFixtures.Run off = run("rules", "--rules", "rules", "--config",
                write(dir.resolve("none.yaml"), "fail-on: error\n").toString());
        assertTrue(off.out().contains("可选要求（在配置文件的 requirements 中启用）：npc-cppcc-proposals（NPC-CPPCC-PROPOSALS，未启用）"),
                off.toString());
        ConfigFixtures.Run on = run("rules", "--rules", "rules", "--config", enabled.toString());
        assertTrue(on.out().contains("npc-cppcc-proposals（NPC-CPPCC-PROPOSALS，已启用）"), on.toString());
        assertTrue(on.out().contains("province/NPC-CPPCC-PROPOSALS.drl"), on.toString());
    }

    @Test
    void theRuleCannotBeSwitchedOnAloneOrByAMisspeltRequirement() throws IOException {
        Path alone = write(dir.resolve("alone.yaml"), """
                rule-settings:
                  NPC-CPPCC-PROPOSALS: { enabled: true }
                """);
        ConfigFixtures.Run r = run("--rules", "rules", "--config", alone.toString(), dir.resolve("r.txt").toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith(alone + ":2: 规则 NPC-CPPCC-PROPOSALS 属于可选要求“npc-cppcc-proposals”，不能单独启用"),
                r.toString());

        Path misspelt = write(dir.resolve("misspelt.yaml"), "requirements: [npc-cppcc-proposal]\n");
        ConfigFixtures.Run m = run("--rules", "rules", "--config", misspelt.toString(), dir.resolve("r.txt").toString());
        assertEquals(2, m.code(), m.toString());
        assertTrue(m.err().startsWith(misspelt + ":1: requirements 中的“npc-cppcc-proposal”不是规则集（rules）中的要求；"
                + "可用：npc-cppcc-proposals；是不是“npc-cppcc-proposals”？"), m.toString());
        assertFalse(m.out().contains("NPC-CPPCC-PROPOSALS"));
    }
}
