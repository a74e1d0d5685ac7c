package org.xxgk.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.report.JsonReporter;
import org.xxgk.check.report.Reporter;
import org.xxgk.check.report.Summary;

/** {@code -o}, {@code jsonl}, streaming reporters, the progress line, and picocli in Chinese. */
class OutputCliTest {

    private static final String FIRE = "samples/2024-ganzhou-fire-brigade.txt";

    @Test
    void outputGoesToTheFileAndTheSummaryToTheTerminal(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("子目录/结果.txt");
        FormatCliTest.Run run = FormatCliTest.run("-o", file.toString(), FIRE);
        assertEquals(1, run.code(), run.err());
        List<String> written = Files.readAllLines(file);
        assertEquals(3, written.size(), written.toString());
        assertTrue(written.get(0).startsWith(FIRE + ":79: 错误 [TABLE-RESULT-TOTAL]"), written.get(0));
        assertEquals(List.of(written.get(2), "结果已写入：" + file), run.out().lines().toList());
    }

    @Test
    void jsonLinesGiveOneLinePerReportThenTheSummary(@TempDir Path dir) throws Exception {
        FormatCliTest.Run run = FormatCliTest.run("--format", "jsonl", "samples", dir.resolve("缺.txt").toString());
        assertEquals(2, run.code());
        List<String> lines = run.out().lines().toList();
        assertEquals(7, lines.size(), "five reports, one missing file, the summary");
        ObjectMapper json = new ObjectMapper();
        assertEquals("samples/2020-xiuzhou-fire-brigade.txt", json.readTree(lines.get(0)).path("file").asText());
        assertEquals("文件不存在", json.readTree(lines.get(5)).path("error").asText());
        JsonNode last = json.readTree(lines.get(6));
        assertEquals(5, last.path("summary").path("reports").asInt());
        assertEquals(1, last.path("summary").path("unreadable").asInt());
        assertEquals(8, last.path("summary").path("error").asInt());
    }

    @Test
    void aReporterWritesEachReportBeforeTheRunEnds() throws Exception {
        StringWriter s = new StringWriter();
        Reporter json = new JsonReporter(new PrintWriter(s));
        json.begin(new Reporter.RunInfo("rules", 1));
        json.report(new CheckedReport("a.txt", "甲局", 2024, "2021", List.of(), List.of(), null));
        assertTrue(s.toString().contains("\"file\" : \"a.txt\""), "written at once: " + s);
        json.report(new CheckedReport("b.txt", "乙局", 2024, "2021", List.of(), List.of(), null));
        assertTrue(s.toString().contains("\"file\" : \"b.txt\""));
        json.end(new Summary(2, 0, 0, 0, 0, 0, 0));
        assertEquals(2, new ObjectMapper().readTree(s.toString()).path("reports").size());
    }

    @Test
    void aWorkbookNeedsAFileAndAnUnwritableOutputIsRefused(@TempDir Path dir) throws Exception {
        FormatCliTest.Run xlsx = FormatCliTest.run("--format", "xlsx", FIRE);
        assertEquals(2, xlsx.code());
        assertTrue(xlsx.err().startsWith("错误: xlsx 格式须用 -o 指定输出文件"), xlsx.err());
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        FormatCliTest.Run bad = FormatCliTest.run("-o", notAFolder.resolve("out.txt").toString(), FIRE);
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("错误: 无法写入输出文件 " + notAFolder.resolve("out.txt")), bad.err());
        assertFalse(bad.err().contains("Exception"), bad.err());
    }

    @Test
    void noProgressLineWhenTheErrorOutputIsNotATerminal() {
        FormatCliTest.Run run = FormatCliTest.run("samples");
        assertEquals("", run.err());
        assertFalse(run.out().contains("\r"));
    }

    @Test
    void picocliSpeaksChinese() {
        FormatCliTest.Run unknown = FormatCliTest.run("--bogus", FIRE);
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("错误: 未知的选项：--bogus\n用 check --help 查看用法"), unknown.err());
        FormatCliTest.Run invalid = FormatCliTest.run("--fail-on", "fatal", FIRE);
        assertTrue(invalid.err().startsWith("错误: 选项 --fail-on 的值 'fatal' 无效：应为 error、warning、info、none 之一"),
                invalid.err());
        FormatCliTest.Run jobs = FormatCliTest.run("-j", "两", FIRE);
        assertTrue(jobs.err().startsWith("错误: 选项 --jobs 的值 '两' 无效：应为整数"), jobs.err());
        FormatCliTest.Run missing = FormatCliTest.run("--format");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("错误: 选项 --format 缺少值"), missing.err());
        String help = FormatCliTest.run("--help").out();
        assertTrue(help.startsWith("用法： check "), help);
        assertTrue(help.contains("\n选项：\n") && help.contains("显示本帮助并退出。"), help);
        assertFalse(help.contains("Usage:") || help.contains("Show this help"), help);
        String rulesHelp = FormatCliTest.run("rules", "--help").out();
        assertTrue(rulesHelp.startsWith("用法： check rules "), rulesHelp);
    }
}
