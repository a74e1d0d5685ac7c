package org.xxgk.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** {@code check rules ID} and what {@code check rules} says about the rules that run. */
class RulesExplainTest {

    @Test
    void oneRuleWithItsBasisCommentAndExamples() throws Exception {
        FormatCliTest.Run run = FormatCliTest.run("rules", "TABLE-ROW-TOTAL");
        assertEquals(0, run.code(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("TABLE-ROW-TOTAL  第三部分表格总计列与各类申请人之和不符\n级别：错误（error）\n"), out);
        assertTrue(out.contains("依据：国办公开办函〔2021〕30号 附件 第三部分表格“申请人情况”各列与“总计”列"), out);
        assertTrue(out.contains("运行：每次检查都运行"), out);
        assertTrue(out.contains("说明：\n  依据：第三部分表格“总计”列是自然人与法人或其他组织五列"), out);
        String feature = Files.readString(Path.of("features/tables/TABLE-ROW-TOTAL.feature"));
        long scenarios = feature.lines().filter(l -> l.strip().matches("(场景|场景大纲):.*")).count();
        assertTrue(scenarios >= 2);
        assertEquals(scenarios, out.lines().filter(l -> l.strip().matches("(场景|场景大纲)：.*")).count(), out);
        assertTrue(out.contains("应报告"), out);
    }

    @Test
    void anOptionalRuleSaysWhenItRunsAndAnUnknownIdIsAnError() {
        FormatCliTest.Run optional = FormatCliTest.run("rules", "NPC-CPPCC-PROPOSALS");
        assertTrue(optional.out().contains("运行：可选要求 npc-cppcc-proposals，配置文件的 requirements 列出它时才运行"),
                optional.out());
        FormatCliTest.Run unknown = FormatCliTest.run("rules", "TABLE-ROW-TOTL");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("没有规则“TABLE-ROW-TOTL”；是不是“TABLE-ROW-TOTAL”？"), unknown.err());
    }

    @Test
    void theCatalogueSaysWhichRulesRun() {
        String out = FormatCliTest.run("rules").out();
        long all = ConfigFixtures.defaultRules(Path.of("rules"), true);
        long cross = all - ConfigFixtures.nationalRules(Path.of("rules"));
        assertTrue(out.contains("检查时运行 " + all + " 条；不运行的可选要求规则 NPC-CPPCC-PROPOSALS（配置文件的 requirements 列出其要求时才运行）"
                + "；其中跨年度、跨机关对比的 " + cross + " 条（cross/）只在一批年报一起检查或用 --previous 给出上一年度年报时运行"), out);
    }
}
