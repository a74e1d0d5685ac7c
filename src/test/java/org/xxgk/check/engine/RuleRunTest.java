package org.xxgk.check.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.input.ReportInput;
import org.xxgk.check.parse.ReportParser;
import org.xxgk.check.template.Templates;

/**
 * Rules that fire without end or throw: each is that report's error, naming the rule. (They pass validation: a rule
 * may insert derived facts; what it may not do is loop inside its consequence.)
 */
class RuleRunTest {

    private static final String SELF_TRIGGERING = """
            package rules.tables;

            import org.xxgk.check.fact.Report;

            global org.xxgk.check.engine.Findings findings;

            declare Tick
                n : int
            end

            rule "SELF-TRIGGERING"
                @id("SELF-TRIGGERING") @severity("error") @title("自我触发") @basis("测试")
            when
                Report()
                $n : Number() from accumulate( Tick(), count() )
            then
                insert( new Tick( $n.intValue() ) );
            end
            """;

    private static final String THROWING = """
            package rules.tables;

            import org.xxgk.check.fact.Report;

            global org.xxgk.check.engine.Findings findings;

            rule "THROWING"
                @id("THROWING") @severity("error") @title("抛出异常") @basis("测试")
            when
                Report()
            then
                throw new IllegalStateException( "故意的" );
            end
            """;

    private static ReportFacts facts;

    @TempDir
    static Path dir;

    @BeforeAll
    static void parse() throws Exception {
        Path sample = Path.of("samples/2024-ganzhou-fire-brigade.txt");
        facts = new ReportParser(Templates.builtIn()).parse(sample.toString(), ReportInput.read(sample));
    }

    private static RuleBase rules(String id, String drl) throws Exception {
        Path folder = dir.resolve(id);
        Files.createDirectories(folder.resolve("tables"));
        Files.writeString(folder.resolve("tables/" + id + ".drl"), drl);
        return RuleBase.compile(RuleSource.fromDirectory(folder));
    }

    @Test
    void aRuleThatFiresWithoutEndStopsAtTheLimitNamingIt() throws Exception {
        RuleBase rules = rules("SELF-TRIGGERING", SELF_TRIGGERING);
        RuleRunException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(RuleRunException.class, () -> rules.evaluate(facts, Set.of(), Set.of(), 1000)));
        assertEquals("规则触发超过 1000 次，已停止：触发最多的是 SELF-TRIGGERING（1001 次）；多半是规则反复触发自己"
                + "（如插入它自己匹配的事实），请检查该规则", e.getMessage());
    }

    @Test
    void aRuleThatThrowsIsNamed() throws Exception {
        RuleBase rules = rules("THROWING", THROWING);
        RuleRunException e = assertThrows(RuleRunException.class, () -> rules.evaluate(facts, Set.of(), Set.of()));
        assertEquals("规则 THROWING 执行出错（IllegalStateException：故意的）；请检查该规则", e.getMessage());
    }

    @Test
    void anInterruptedRunStopsBetweenFirings() throws Exception {
        RuleBase rules = rules("SELF-TRIGGERING", SELF_TRIGGERING);
        Thread.currentThread().interrupt();
        try {
            RuleRunException e = assertThrows(RuleRunException.class,
                    () -> rules.evaluate(facts, Set.of(), Set.of(), 1_000_000));
            assertEquals("规则运行被中断（超时）", e.getMessage());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theProjectsRulesStayFarBelowTheLimit() throws Exception {
        RuleBase rules = RuleBase.compile(RuleSource.fromDirectory(Path.of("rules")));
        assertTrue(rules.evaluate(facts, Set.of(), Set.of(), 100).size() < 100);
        assertEquals(List.of(), rules.evaluate(new ReportParser(Templates.builtIn()).parse("x.txt",
                ReportInput.read(Path.of("samples/2024-ganzhou-logistics-center.txt"))), Set.of(), Set.of(), 100)
                .stream().filter(f -> f.severity().atLeast(org.xxgk.check.finding.Severity.WARNING)).toList());
    }
}
