package org.xxgk.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command on batches with cross-report checks: a finding that involves two reports names both in every
 * format, the output keeps the input order, {@code --previous} reports are compared but not checked, and
 * {@code check facts} shows the pairing.
 */
class CrossCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path last;
    private Path now;

    /** The clean pair, last year's 「四、结转下年度继续办理」 set to 0: this year's 上年结转 of 1 no longer follows. */
    @BeforeEach
    void pair() throws Exception {
        last = dir.resolve("2023.txt");
        now = dir.resolve("2024.txt");
        Files.writeString(last, Files.readString(Path.of("features/fixtures/2023-clean.txt"))
                .replace("四、结转下年度继续办理\t\t1\t0\t0\t0\t0\t0\t1", "四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0"));
        Files.copy(Path.of("features/fixtures/2024-clean.txt"), now);
    }

    private FormatCliTest.Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--config", empty().toString(), "--jobs", "2"));
        all.addAll(List.of(args));
        return FormatCliTest.run(all.toArray(String[]::new));
    }

    private Path empty() {
        Path config = dir.resolve("empty.yaml");
        try {
            if (!Files.exists(config)) {
                Files.writeString(config, "");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return config;
    }

    @Test
    void textAndJunitNameBothReports() {
        FormatCliTest.Run text = run(last.toString(), now.toString());
        assertEquals(1, text.code(), text.err());
        assertTrue(text.out().contains(now + ":35: 警告 [CROSS-CARRY-OVER] 第三部分表格“二、上年结转政府信息公开申请数量”行“自然人”列为1"
                + "（第35行），但上一年度（2023年）年报 " + last + " 的“四、结转下年度继续办理”行该列为0（第58行）；两者应相等"
                + "（另见 " + last + ":58）"), text.out());
        FormatCliTest.Run junit = run("--format", "junit", last.toString(), now.toString());
        assertTrue(junit.out().contains("（另见 " + last + ":58）"), junit.out());
    }

    @Test
    void jsonSarifCsvXlsxAndHtmlNameBothReports() throws Exception {
        JsonNode json = JSON.readTree(run("--format", "json", last.toString(), now.toString()).out());
        assertEquals(last.toString(), json.path("reports").get(0).path("file").asText(), "input order");
        JsonNode finding = json.path("reports").get(1).path("findings").get(0);
        assertEquals("CROSS-CARRY-OVER", finding.path("rule").asText());
        assertEquals(last.toString(), finding.path("related").get(0).path("file").asText());
        assertEquals(58, finding.path("related").get(0).path("line").asInt());

        FormatCliTest.Run sarif = run("--format", "sarif", last.toString(), now.toString());
        assertEquals(List.of(), SchemaValidationTest.sarifErrors(sarif.out()));
        JsonNode result = null;
        for (JsonNode r : JSON.readTree(sarif.out()).path("runs").get(0).path("results")) {
            result = r.path("ruleId").asText().equals("CROSS-CARRY-OVER") ? r : result;
        }
        JsonNode related = result.path("relatedLocations").get(0).path("physicalLocation");
        assertTrue(related.path("artifactLocation").path("uri").asText().endsWith("2023.txt"), result.toString());
        assertEquals(58, related.path("region").path("startLine").asInt());

        Path csv = dir.resolve("问题.csv");
        run("--format", "csv", "-o", csv.toString(), last.toString(), now.toString());
        String rows = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(rows.contains(",第三部分表格“二、上年结转政府信息公开申请数量”行“自然人”列," + last + ":58,待处理,"), rows);

        Path xlsx = dir.resolve("结果.xlsx");
        run("--format", "xlsx", "-o", xlsx.toString(), last.toString(), now.toString());
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = new XSSFWorkbook(in)) {
            Sheet findings = book.getSheet("问题");
            assertEquals("另见", findings.getRow(0).getCell(11).getStringCellValue());
            Row row = findings.getRow(findings.getLastRowNum());
            assertEquals("CROSS-CARRY-OVER", row.getCell(5).getStringCellValue());
            assertEquals(last + ":58", row.getCell(11).getStringCellValue());
        }

        Path site = dir.resolve("site");
        run("--format", "html", "-o", site.toString(), last.toString(), now.toString());
        String index = Files.readString(site.resolve("index.html"));
        assertTrue(index.contains("<th>对比的年报</th>"), index);
        assertTrue(index.contains("<a href=\"0001-2023.html\">" + last + "</a></td></tr>"), "the 2024 row links 2023's view");
        String page = Files.readString(site.resolve("0002-2024.html"));
        assertTrue(page.contains("<div class=\"related\">另见 <code>" + last + "</code> 第58行</div>"), page);
    }

    @Test
    void previousReportsAreComparedButNotCheckedOrPrinted() throws Exception {
        FormatCliTest.Run r = run("--format", "json", "--previous", last.toString(), now.toString());
        assertEquals(0, r.code(), "a warning does not fail the run: " + r.err());
        JsonNode json = JSON.readTree(r.out());
        assertEquals(1, json.path("summary").path("reports").asInt());
        assertEquals(now.toString(), json.path("reports").get(0).path("file").asText());
        assertEquals("CROSS-CARRY-OVER", json.path("reports").get(0).path("findings").get(0).path("rule").asText());

        FormatCliTest.Run missing = run("--previous", dir.resolve("无此文件.txt").toString(), now.toString());
        assertEquals(2, missing.code(), missing.out());
        assertTrue(missing.err().contains("无此文件.txt: 错误: 上一年度的年报（--previous）无法读取："), missing.err());
        assertTrue(missing.out().contains("检查了 1 份年报，1 个文件无法读取"), missing.out());
    }

    @Test
    void aLoneReportHasNoCrossReportPhase() throws Exception {
        Files.writeString(now, Files.readString(now).replace("青山市河东区应急管理局2024年政府信息公开工作年度报告",
                "政府信息公开工作年度报告"));
        FormatCliTest.Run r = run("--format", "json", now.toString());
        assertFalse(r.out().contains("CROSS-"), "one report, no --previous: no cross-report phase, no pairing note");
    }

    @Test
    void theOutputKeepsTheInputOrderWithCrossChecks() throws Exception {
        List<String> files = new ArrayList<>();
        try (var samples = Files.list(Path.of("samples"))) {
            samples.sorted().forEach(p -> files.add(p.toString()));
        }
        files.add(2, now.toString());
        files.add(last.toString());
        JsonNode json = JSON.readTree(run(concat("--format", "json", files)).out());
        List<String> printed = new ArrayList<>();
        json.path("reports").forEach(r -> printed.add(r.path("file").asText()));
        assertEquals(files, printed);
        for (JsonNode report : json.path("reports")) {
            for (JsonNode f : report.path("findings")) {
                assertTrue(!f.path("rule").asText().startsWith("CROSS-") || report.path("file").asText().equals(now.toString()),
                        "only the 2024 fixture has a cross-report finding: " + f);
            }
        }
    }

    @Test
    void factsOfSeveralReportsShowThePairing() throws Exception {
        FormatCliTest.Run r = FormatCliTest.run("facts", last.toString(), now.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode facts = JSON.readTree(r.out());
        assertTrue(facts.isArray());
        assertEquals("河东区应急管理局/青山市", facts.get(1).path("pairing").path("agencyKey").asText(),
                "the agency without its region prefix, then the prefix");
        assertEquals(last.toString(), facts.get(1).path("pairing").path("previous").path("file").asText());
        assertTrue(facts.get(0).path("pairing").path("previous").isNull());
        JsonNode five = facts.get(1).path("repeatedText");
        assertEquals(2, five.size(), "sections 一 and 五 against last year's: " + five);
        assertTrue(five.get(0).path("sameAgency").asBoolean());

        FormatCliTest.Run one = FormatCliTest.run("facts", now.toString());
        assertTrue(JSON.readTree(one.out()).isObject(), "one report: its facts as before");
    }

    @Test
    void aThresholdOutsideOneToAHundredIsRefused() throws Exception {
        Path config = dir.resolve("xxgk.yaml");
        Files.writeString(config, "repeated-text-percent: 150\n");
        FormatCliTest.Run r = FormatCliTest.run("--config", config.toString(), last.toString(), now.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("xxgk.yaml:1: repeated-text-percent 的值“150”不在 1 到 100 之间"), r.err());
    }

    private static String[] concat(String a, String b, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(a, b));
        all.addAll(rest);
        return all.toArray(String[]::new);
    }
}
