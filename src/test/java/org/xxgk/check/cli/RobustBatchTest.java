package org.xxgk.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xxgk.check.cli.ConfigFixtures.run;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adversarial cases of issue 9, each in a batch with a good report: each bad file is one Chinese line naming it
 * (no stack trace), the good report is checked and printed as alone, the run ends in time, and the exit code says
 * "could not check" (2), never "findings" (1) or "clean" (0). Inputs are generated here; no bomb is checked in.
 */
class RobustBatchTest {

    private static final String GOOD = "samples/2024-ganzhou-fire-brigade.txt";
    /** What the good report gives alone: its finding lines. */
    private static List<String> goodLines;

    @TempDir
    Path dir;

    @BeforeAll
    static void alone() {
        ConfigFixtures.Run r = run(GOOD);
        assertEquals(1, r.code(), r.toString());
        goodLines = r.out().lines().filter(l -> l.startsWith(GOOD + ":")).toList();
        assertFalse(goodLines.isEmpty());
    }

    /** Checks the bad file beside the good one; the bad one must be one error line that says {@code says}. */
    private ConfigFixtures.Run batch(Path bad, String says, String... options) {
        List<String> args = new ArrayList<>(List.of("-j", "2"));
        args.addAll(List.of(options));
        args.add(bad.toString());
        args.add(GOOD);
        ConfigFixtures.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> run(args.toArray(String[]::new)), "10 s a report, and the JVM's first rule compile");
        assertEquals(2, r.code(), r.toString());
        // the file that could not be checked is named on the error output and counted apart
        assertTrue(r.err().lines().anyMatch(l -> l.equals(bad + ": 错误: " + says)), r.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(goodLines, lines.subList(0, goodLines.size()), r.toString());
        assertTrue(lines.get(lines.size() - 1).startsWith("检查了 1 份年报，1 个文件无法读取"), r.toString());
        assertFalse(r.out().contains("Exception") || r.err().contains("Exception") || r.err().contains("\tat "),
                r.toString());
        return r;
    }

    @Test
    void devicesPipesMissingAndEmptyFiles() throws Exception {
        batch(Path.of("/dev/zero"), "这是字符设备文件（如 /dev/zero），不是普通文件；未打开（读取它可能永远等不到结尾）");
        batch(Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("/dev/urandom")),
                "这是字符设备文件（如 /dev/zero），不是普通文件；未打开（读取它可能永远等不到结尾）");
        Path fifo = dir.resolve("pipe.txt");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            batch(fifo, "这是命名管道（FIFO），不是普通文件；未打开（读取它可能永远等不到结尾）");
        }
        batch(dir.resolve("missing.txt"), "文件不存在");
        batch(Files.createFile(dir.resolve("empty.txt")), "文件为空");
    }

    @Test
    void oversizedInputs() throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        batch(big, "文件有 50 MB，超过单份年报的上限 20 MB，未读取；确是年报时可用 --max-size 调高上限");
        batch(big, "文件有 50 MB，超过单份年报的上限 1 MB，未读取；确是年报时可用 --max-size 调高上限", "--max-size", "1MB");
        Path longText = Files.writeString(dir.resolve("long.txt"), Files.readString(Path.of(GOOD)) + "填充。".repeat(200_000));
        ConfigFixtures.Run r = batch(longText, "文字有 " + Files.readString(longText).length()
                + " 个字符，超过单份年报的上限 500000 个字符（年报通常不到 5 万字），未检查；确是年报时可用 --max-chars 调高上限");
        assertEquals(1, r.err().lines().count(), r.toString());
    }

    @Test
    void binaryAndOddEncodings() throws Exception {
        byte[] junk = new byte[10_000];
        new java.util.Random(9).nextBytes(junk);
        batch(Files.write(dir.resolve("junk.txt"), junk), "这是二进制文件，不是文本格式的年报");
        // UTF-16 is read: the copy gives the good report's findings under its own name
        Path utf16 = Files.write(dir.resolve("utf16.txt"), Files.readString(Path.of(GOOD)).getBytes(StandardCharsets.UTF_16LE));
        ConfigFixtures.Run r = run(utf16.toString());
        assertEquals(goodLines.stream().map(l -> l.replace(GOOD, utf16.toString())).toList(),
                r.out().lines().filter(l -> l.startsWith(utf16 + ":")).toList(), r.toString());
    }

    @Test
    void longDigitRunsInACrawledCopyEndQuickly() throws Exception {
        String crawled = Files.readString(Path.of("features/fixtures/2024-clean-crawled.txt"));
        String row = "一、本年新收政府信息公开申请数量";
        for (int n : new int[] {40, 50, 60}) {
            Path copy = Files.writeString(dir.resolve("crawled-" + n + ".txt"),
                    crawled.replace(row + "3100015", row + "7".repeat(n - 1) + "1"));
            ConfigFixtures.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> run("-j", "2", copy.toString(), GOOD));
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.out().contains(copy + ":1: " + (n > 49 ? "错误 [TABLE-DIGITS-MISMATCH]" : "提示 [TABLE-DIGITS-AMBIGUOUS]")),
                    r.toString());
            assertTrue(r.out().contains(String.join("\n", goodLines)), r.toString());
        }
    }

    @Test
    void foldersWithLinksLoopsAndSpecialFiles() throws Exception {
        Path root = Files.createDirectories(dir.resolve("reports"));
        Path real = Files.createDirectories(dir.resolve("elsewhere"));
        Files.copy(Path.of(GOOD), real.resolve("linked.txt"));
        Files.createSymbolicLink(root.resolve("region"), real);          // a linked folder is searched
        Files.createSymbolicLink(root.resolve("again"), real);           // reached twice, searched once
        Files.createSymbolicLink(real.resolve("up"), dir);               // a loop back up
        Files.copy(Path.of(GOOD), root.resolve("own.txt"));
        ConfigFixtures.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(root.toString()));
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(root.resolve("again/linked.txt") + ":")
                || l.startsWith(root.resolve("region/linked.txt") + ":")), r.toString());
        assertTrue(r.out().contains(root.resolve("own.txt") + ":"), r.toString());
        assertTrue(r.out().lines().toList().get(r.out().lines().toList().size() - 1).startsWith("检查了 2 份年报："),
                r.toString());
        assertTrue(r.err().contains(root.resolve("again/up/reports") + "：经符号链接回到了上层文件夹 " + root.toRealPath()
                + "，形成循环，已跳过"), r.toString());
    }

    @Test
    void aDeepAndWidePageIsReadWhole() throws Exception {
        StringBuilder body = new StringBuilder();
        for (String line : Files.readAllLines(Path.of(GOOD))) {
            body.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        Path flat = Files.writeString(dir.resolve("flat.html"), "<html><body>" + body + "</body></html>");
        Path deep = Files.writeString(dir.resolve("deep.html"), "<html><body>" + "<table><tr><td>".repeat(100_000)
                + body + "</td></tr></table>".repeat(100_000) + "</body></html>");
        ConfigFixtures.Run expected = run(flat.toString());
        ConfigFixtures.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(deep.toString()));
        assertEquals(expected.code(), r.code(), r.toString());
        assertEquals(expected.out().replace(flat.toString(), deep.toString()), r.out());
        assertFalse(r.out().contains("SECTION-MISSING"), r.toString());
    }

    @Test
    void theExitCodeIsTwoWhenAnyReportCouldNotBeCheckedEvenWithFindingsElsewhere() {
        ConfigFixtures.Run r = run("--fail-on", "none", GOOD, "no-such.txt");
        assertEquals(2, r.code(), r.toString());
        ConfigFixtures.Run help = run("--help");
        assertTrue(help.out().contains("有年报未能检查"), help.out());
        assertTrue(help.out().contains("绝不会是 0 或 1"), help.out());
    }
}
