package org.xxgk.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.check.config.ConfigFile;

/** {@code check baseline}, {@code --baseline}, {@code baseline:} in the config, and finding the config upwards. */
class BaselineCliTest {

    private static final String FIRE = "samples/2024-ganzhou-fire-brigade.txt";

    @Test
    void baselinedFindingsAreListedApartAndOnlyNewOnesFail(@TempDir Path dir) throws Exception {
        Path baseline = dir.resolve("xxgk-baseline.json");
        ConfigFixtures.Run wrote = ConfigFixtures.run("baseline", "--output", baseline.toString(), "samples");
        assertEquals(0, wrote.code(), wrote.toString());
        JsonNode file = new ObjectMapper().readTree(baseline.toFile());
        assertEquals("xxgk-check-baseline/v1", file.path("format").asText());
        assertEquals(14, file.path("findings").size(), "every finding of the samples");

        ConfigFixtures.Run again = ConfigFixtures.run("--baseline", baseline.toString(), "samples");
        assertEquals(0, again.code(), again.toString());
        assertTrue(again.out().startsWith("检查了 5 份年报：错误 0，警告 0，提示 0，基线中已有 14（规则："), again.out());
        assertTrue(again.out().contains("；基线：" + baseline + "）"), again.out());

        // The same report re-flowed (three lines more at the top) and renamed: its findings are still the reviewed ones.
        String text = Files.readString(Path.of(FIRE));
        Path moved = ConfigFixtures.write(dir.resolve("另存/消防.txt"), "\n\n\n" + text);
        ConfigFixtures.Run reflowed = ConfigFixtures.run("--format", "json", "--baseline", baseline.toString(),
                moved.toString());
        assertEquals(0, reflowed.code(), reflowed.toString());
        assertEquals(List.of("TABLE-RESULT-TOTAL error 82", "TABLE-EXTRA-CELLS warning 91"),
                ConfigFixtures.findings(reflowed.json(), "baselined"));

        // A new defect fails the run, and only it is listed as active.
        Path changed = ConfigFixtures.write(dir.resolve("消防-改.txt"), text.replace("2024年度本机关未收取信息处理费。", "无。"));
        assertNotEquals(text, Files.readString(changed));
        ConfigFixtures.Run fresh = ConfigFixtures.run("--format", "json", "--baseline", baseline.toString(),
                changed.toString());
        assertEquals(1, fresh.code(), fresh.toString());
        List<String> active = ConfigFixtures.findings(fresh.json(), "findings");
        assertEquals(1, active.size(), active.toString());
        assertTrue(active.get(0).startsWith("FEE-STATEMENT-MISSING error"), active.toString());
    }

    @Test
    void theConfigNamesTheBaselineAndABadBaselineStopsTheRun(@TempDir Path dir) throws Exception {
        Path baseline = dir.resolve("base/reviewed.json");
        Files.createDirectories(baseline.getParent());
        assertEquals(0, ConfigFixtures.run("baseline", "-o", baseline.toString(), FIRE).code());
        Path config = ConfigFixtures.write(dir.resolve("xxgk.yaml"), "baseline: base/reviewed.json\n");
        ConfigFixtures.Run run = ConfigFixtures.run("--config", config.toString(), FIRE);
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().strip().endsWith("；配置：" + config + "；基线：" + baseline.toAbsolutePath() + "）"), run.out());

        Files.writeString(baseline, "{\"findings\": []}");
        ConfigFixtures.Run bad = ConfigFixtures.run("--config", config.toString(), FIRE);
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("错误: 基线文件 " + baseline.toAbsolutePath() + " 不是 check baseline 生成的基线"),
                bad.err());
        ConfigFixtures.Run missing = ConfigFixtures.run("--baseline", dir.resolve("无.json").toString(), FIRE);
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("错误: 基线文件不存在："), missing.err());
    }

    @Test
    void theConfigIsFoundUpwardsButNotBeyondTheRepository(@TempDir Path dir) throws Exception {
        Path config = ConfigFixtures.write(dir.resolve("xxgk.yaml"), "fail-on: warning\n");
        Path deep = Files.createDirectories(dir.resolve("2024/县级"));
        assertEquals(config, ConfigFile.discover(deep));
        assertEquals(config.toString(), ConfigFile.find(null, deep).file());
        Path repo = Files.createDirectories(dir.resolve("repo/.git")).getParent();
        Path inRepo = Files.createDirectories(repo.resolve("reports"));
        assertEquals(null, ConfigFile.discover(inRepo), "a config above the repository does not apply");
        ConfigFixtures.write(repo.resolve("xxgk.yaml"), "fail-on: info\n");
        assertEquals(repo.resolve("xxgk.yaml"), ConfigFile.discover(inRepo));
    }

    /**
     * The real command started in a subfolder of a report collection: it uses the collection's config (here a
     * suppression) and its summary names it.
     */
    @Test
    void aRunFromASubfolderUsesAndNamesTheConfigAbove(@TempDir Path dir) throws Exception {
        ConfigFixtures.write(dir.resolve("xxgk.yaml"), """
                suppressions:
                  - reports: "*.txt"
                    rule: FEE-STATEMENT-MISSING
                    reason: "已核对：另文公开"
                """);
        Path sub = Files.createDirectories(dir.resolve("2024"));
        ConfigFixtures.write(sub.resolve("r.txt"), ConfigFixtures.REPORT);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "-Dxxgk.home=" + Path.of("").toAbsolutePath(),
                Main.class.getName(), "-j", "1", "r.txt"));
        Process p = new ProcessBuilder(command).directory(sub.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertTrue(out.contains("已抑制 1"), out);
        assertTrue(out.strip().endsWith("；配置：" + dir.toRealPath().resolve("xxgk.yaml") + "）")
                || out.strip().endsWith("；配置：" + dir.resolve("xxgk.yaml") + "）"), out);
    }
}
