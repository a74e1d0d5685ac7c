package org.xxgk.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xxgk.check.cli.ConfigFixtures.copyOfRules;
import static org.xxgk.check.cli.ConfigFixtures.run;
import static org.xxgk.check.cli.ConfigFixtures.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases that need real time, real memory or a process of their own: hostile rules run with
 * {@code --unrestricted-rules} (an infinite loop, memory exhausted, {@code System.exit(0)}) and the largest inputs
 * the limits let through. Each asserts the exit code, the message, that the run ended in time and that the other
 * reports were checked. Run with {@code mvn verify -Probustness} (as {@code .ci/run} does).
 */
@Tag("slow")
class RobustnessSlowTest {

    private static final List<String> SAMPLES = List.of("2024-dawukou-emergency-bureau.txt",
            "2024-ganzhou-fire-brigade.txt", "2024-ganzhou-logistics-center.txt");

    @TempDir
    Path dir;

    /** The project's rules and one more whose consequence is {@code then}, for reports whose file name has "fire". */
    private Path rulesWith(String then) throws Exception {
        Path rules = copyOfRules(dir.resolve("hostile"));
        write(rules.resolve("tables/HOSTILE.drl"), """
                package rules.tables;

                import org.xxgk.check.fact.Report;

                global org.xxgk.check.engine.Findings findings;

                declare Blob
                    data : int[]
                end

                rule "HOSTILE"
                    @id("HOSTILE") @severity("error") @title("恶意规则") @basis("测试")
                when
                    Report( file.contains( "fire" ) )
                then
                    %s
                end
                """.formatted(then));
        return rules;
    }

    private static String[] args(Path rules, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("--unrestricted-rules", "--rules", rules.toString()));
        args.addAll(List.of(options));
        SAMPLES.forEach(s -> args.add(Path.of("samples", s).toAbsolutePath().toString()));
        return args.toArray(String[]::new);
    }

    /** The two reports without "fire" in their name were checked and printed. */
    private static void othersChecked(String out) {
        assertTrue(out.contains("2024-dawukou-emergency-bureau.txt:64: 错误 [FEE-STATEMENT-MISSING]"), out);
        assertTrue(out.contains("检查了 2 份年报，1 个文件无法读取"), out);
    }

    @Test
    void aRuleThatLoopsForEverCostsItsReportTenSecondsNotTheBatch() throws Exception {
        Path rules = rulesWith("long n = 0; while (n >= 0) { n++; }");
        Subprocess.Run r = Subprocess.run(dir, List.of("-Xmx512m"), 120, args(rules));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("2024-ganzhou-fire-brigade.txt: 错误: 检查超时：超过 10 秒，停在“运行规则”阶段，未检查"),
                r.toString());
        othersChecked(r.out());
        assertTrue(r.err().contains("1 份超时的年报在结束时仍未停下"), r.toString());
    }

    @Test
    void aRuleThatTakesAllTheMemoryCostsOnlyItsReport() throws Exception {
        Path rules = rulesWith("for (int i = 0; ; i++) { insert( new Blob( new int[1000000] ) ); }");
        Subprocess.Run r = Subprocess.run(dir, List.of("-Xmx256m"), 180, args(rules, "-j", "1", "--timeout", "60s"));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("2024-ganzhou-fire-brigade.txt: 错误: 运行规则时内存不足，未检查"), r.toString());
        othersChecked(r.out());
    }

    @Test
    void aRuleThatCallsSystemExitZeroCannotMakeTheRunLookClean() throws Exception {
        Path rules = rulesWith("System.exit( 0 );");
        Subprocess.Run r = Subprocess.run(dir, List.of("-Xmx512m"), 120, args(rules));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("错误: 检查未正常结束（被中断，或规则等代码调用了 System.exit），输出不完整"), r.toString());
        // without the opt-out the rule never runs
        Subprocess.Run refused = Subprocess.run(dir, List.of(), 120, "--rules", rules.toString(),
                Path.of("samples", SAMPLES.get(0)).toAbsolutePath().toString());
        assertEquals(2, refused.code(), refused.toString());
        assertTrue(refused.err().contains("tables/HOSTILE.drl:16:5: 规则不能使用 System"), refused.toString());
    }

    @Test
    void theLargestInputsTheLimitsLetThroughAreCheckedInTime() throws Exception {
        String report = Files.readString(Path.of("samples/2024-ganzhou-fire-brigade.txt"));
        String filler = "本段为填充文字，用于检验检查器在文字上限附近的耗时和内存。".repeat(10) + "\n";
        Path justUnder = Files.writeString(dir.resolve("just-under.txt"),
                report + filler.repeat((490_000 - report.length()) / filler.length()));
        StringBuilder page = new StringBuilder("<html><body>");
        for (String line : report.split("\n")) {
            page.append("<p>").append(line.replace("<", "&lt;")).append("</p>\n");
        }
        while (page.length() < 7_000_000) {
            page.append("<p>").append(filler.strip()).append("</p>\n");
        }
        Path bigPage = Files.writeString(dir.resolve("page.html"), page + "</body></html>");
        assertTrue(Files.size(bigPage) > 20_000_000);
        Path good = Path.of("samples/2024-dawukou-emergency-bureau.txt");
        ConfigFixtures.Run r = assertTimeoutPreemptively(Duration.ofSeconds(3 * 10 + 30),
                () -> run("-j", "2", justUnder.toString(), "--max-size", "30MB", bigPage.toString(), good.toString()));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.out().contains(justUnder + ":79: 错误 [TABLE-RESULT-TOTAL]"), r.toString());
        assertTrue(r.err().contains(bigPage + ": 错误: 文字有 "), r.toString());
        assertTrue(r.out().contains(good + ":64: 错误 [FEE-STATEMENT-MISSING]"), r.toString());
        assertFalse(r.err().contains("超时"), r.toString());
    }
}
