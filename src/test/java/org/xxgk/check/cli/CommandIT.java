package org.xxgk.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command: the packaged jar in a JVM of its own, as {@code ./check} runs it (run by failsafe after
 * {@code package}). Asserts exit codes, stdout and stderr.
 */
class CommandIT {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1",
                "-Dxxgk.home=" + Path.of("").toAbsolutePath(),
                "-Dxxgk.cache=target/it-kjar-cache", "-jar", "target/xxgk-check.jar"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionAndHelp() throws Exception {
        Run version = run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("xxgk-check "), version.out());
        Run help = run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("退出码"), help.out());
    }

    @Test
    void cleanReportExitsZero() throws Exception {
        Run r = run("samples/2024-ganzhou-logistics-center.txt");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("检查了 1 份年报：错误 0，警告 0，提示 0"), r.out());
    }

    @Test
    void defectiveReportExitsOneWithOneLinePerFinding() throws Exception {
        Run r = run("samples/2024-ganzhou-fire-brigade.txt");
        assertEquals(1, r.exit(), r.err());
        String[] lines = r.out().split("\\R");
        assertEquals("samples/2024-ganzhou-fire-brigade.txt:79: 错误 [TABLE-RESULT-TOTAL] "
                + "第三部分表格“（七）总计”行自然人列为2，但（一）至（六）项之和为0", lines[0]);
        assertTrue(lines[1].startsWith("samples/2024-ganzhou-fire-brigade.txt:88: 警告 [TABLE-EXTRA-CELLS] "), lines[1]);
        assertTrue(lines[2].startsWith("检查了 1 份年报：错误 1，警告 1，提示 0"), lines[2]);
    }

    @Test
    void failOnSetsTheThreshold() throws Exception {
        assertEquals(0, run("--fail-on", "none", "samples/2024-ganzhou-fire-brigade.txt").exit());
        assertEquals(0, run("--fail-on", "error", "samples/2020-xiuzhou-fire-brigade.txt").exit());
        assertEquals(1, run("--fail-on", "info", "samples/2020-xiuzhou-fire-brigade.txt").exit());
    }

    @Test
    void jsonForAFolderOfReports() throws Exception {
        Run r = run("--format", "json", "samples");
        assertEquals(1, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(5, root.path("reports").size());
        assertEquals(5, root.path("summary").path("reports").asInt());
        assertEquals(8, root.path("summary").path("error").asInt());
        assertEquals(3, root.path("summary").path("warning").asInt());
        assertEquals(3, root.path("summary").path("info").asInt());
        JsonNode changle = root.path("reports").get(1);
        // the title misspells the name (人民防办公室); the report agrees on the body's and the signature's
        assertEquals("福州市长乐区人民防空办公室", changle.path("agency").asText());
        assertEquals(2024, changle.path("year").asInt());
        assertEquals("mixed", changle.path("template").asText());
        JsonNode first = changle.path("findings").get(4);
        assertEquals("TABLE-ROW-TOTAL", first.path("rule").asText());
        assertEquals("error", first.path("severity").asText());
        assertEquals(68, first.path("line").asInt());
        assertEquals("5", first.path("expected").asText());
        assertEquals("0", first.path("actual").asText());
    }

    @Test
    void badInputExitsTwoWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Run missing = run(dir.resolve("none.txt").toString());
        assertEquals(2, missing.exit());
        // A file that cannot be checked is named on the error output and counted apart from the reports checked.
        assertTrue(missing.err().contains("none.txt: 错误: 文件不存在"), missing.err());
        assertTrue(missing.out().startsWith("检查了 0 份年报，1 个文件无法读取"), missing.out());
        Run blank = run(empty.toString());
        assertEquals(2, blank.exit());
        assertTrue(blank.err().contains("empty.txt: 错误: 文件为空"), blank.err());
        Run usage = run("--format", "yaml", "samples");
        assertEquals(2, usage.exit());
        assertTrue(usage.err().startsWith("错误: 不支持的输出格式“yaml”"), usage.err());
        for (Run r : List.of(missing, blank, usage)) {
            assertFalse((r.out() + r.err()).contains("\tat "), r.out() + r.err());
        }
    }

    @Test
    void brokenRuleFolderExitsTwoNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules/tables"));
        Files.writeString(rules.resolve("BROKEN.drl"), """
                package rules.tables;
                import org.xxgk.check.fact.Cell;
                global org.xxgk.check.engine.Findings findings;
                rule "BROKEN"
                    @id("BROKEN") @severity("error") @title("t") @basis("b")
                when
                    $c : Cell( table == "三" ,, )
                then
                    findings.report( kcontext, $c.line(), "x" );
                end
                """);
        Run r = run("--rules", dir.resolve("rules").toString(), "samples/2024-ganzhou-logistics-center.txt");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("tables/BROKEN.drl:7:"), r.err());
        assertTrue(r.err().contains("未检查任何年报"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void unchangedRulesUseTheModelBuiltIntoTheJarAndCacheNothing(@TempDir Path dir) throws Exception {
        Path rules = ConfigFixtures.copyOfRules(dir);
        Path cache = Files.createDirectories(Path.of("target/it-kjar-cache"));
        Map<String, FileTime> kjars = listing(cache);
        Run r = run("--rules", rules.toString(), "samples/2024-dawukou-emergency-bureau.txt");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("错误 [FEE-STATEMENT-MISSING]"), r.out());
        assertEquals(kjars, listing(cache), "rules unchanged since the build are neither compiled nor cached");
    }

    @Test
    void editedRulesAreCompiledThenLoadedFromTheCache(@TempDir Path dir) throws Exception {
        Path rules = ConfigFixtures.copyOfRules(dir);
        Path cache = Path.of("target/it-kjar-cache");
        String report = "samples/2024-dawukou-emergency-bureau.txt";
        Path drl = rules.resolve("narrative/FEE-STATEMENT-MISSING.drl");
        Files.writeString(drl, Files.readString(drl).replace("@severity(\"error\")", "@severity(\"warning\")"));
        Run first = run("--rules", rules.toString(), report);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("警告 [FEE-STATEMENT-MISSING]"), first.out());
        Map<String, FileTime> kjars = listing(cache);
        Run second = run("--rules", rules.toString(), report);
        assertEquals(first.out(), second.out());
        assertEquals(kjars, listing(cache), "the second run loads the first run's kjar and writes none");
        Files.writeString(drl, Files.readString(drl).replace("@severity(\"warning\")", "@severity(\"info\")"));
        Run edited = run("--rules", rules.toString(), report);
        assertEquals(0, edited.exit(), edited.err());
        assertTrue(edited.out().contains("提示 [FEE-STATEMENT-MISSING]"), edited.out());
        assertEquals(kjars.size() + 1, listing(cache).size(), "an edited rule set is compiled and cached anew");
    }

    /** Each file of a folder with its modification time: a kjar written again has a new one. */
    private static Map<String, FileTime> listing(Path dir) throws IOException {
        Map<String, FileTime> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.getLastModifiedTime(p));
            }
        }
        return files;
    }

    @Test
    void factsPrintsJson() throws Exception {
        Run r = run("facts", "samples/2024-changle-civil-air-defense.txt");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("mixed", root.path("template").asText());
        assertEquals("44.895844", root.path("cells").get(6).path("value").asText());
    }
}
