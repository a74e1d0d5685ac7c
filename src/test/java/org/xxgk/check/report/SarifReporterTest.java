package org.xxgk.check.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class SarifReporterTest {

    static JsonNode write() throws Exception {
        StringWriter s = new StringWriter();
        new SarifReporter(new PrintWriter(s)).write(ReportFixtures.reports(), ReportFixtures.run());
        return new ObjectMapper().readTree(s.toString());
    }

    @Test
    void requiredTopLevelAndDriverFields() throws Exception {
        JsonNode root = write();
        assertEquals("2.1.0", root.path("version").asText());
        assertTrue(root.path("$schema").asText().endsWith("sarif-schema-2.1.0.json"));
        assertEquals(1, root.path("runs").size());
        JsonNode driver = root.path("runs").get(0).path("tool").path("driver");
        assertEquals("xxgk-check", driver.path("name").asText());
        assertEquals("9.9.9", driver.path("version").asText());
        List<String> ids = new ArrayList<>();
        for (JsonNode rule : driver.path("rules")) {
            ids.add(rule.path("id").asText());
            assertFalse(rule.path("shortDescription").path("text").asText().isEmpty(), rule.toString());
            assertTrue(List.of("error", "warning", "note").contains(rule.path("defaultConfiguration").path("level").asText()));
        }
        // the catalogue in its order, then a rule that only a finding names
        assertEquals(List.of("FEE-STATEMENT-MISSING", "META-AGENCY-NAME", "SECTION-LENGTH", "TABLE-ROW-TOTAL",
                "UNLISTED-RULE"), ids);
        JsonNode rowTotal = driver.path("rules").get(3);
        assertEquals("第三部分表格总计列与各类申请人之和不符", rowTotal.path("shortDescription").path("text").asText());
        assertEquals("error", rowTotal.path("properties").path("severity").asText());
        assertEquals("附件 第三部分", rowTotal.path("properties").path("basis").asText());
    }

    @Test
    void resultsPointAtTheirRuleFileAndLine() throws Exception {
        JsonNode run = write().path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        JsonNode results = run.path("results");
        assertEquals(6, results.size(), "five findings and one suppressed finding");
        for (JsonNode r : results) {
            assertEquals(r.path("ruleId").asText(), rules.get(r.path("ruleIndex").asInt()).path("id").asText());
            assertTrue(List.of("error", "warning", "note").contains(r.path("level").asText()));
            assertFalse(r.path("message").path("text").asText().isEmpty());
            JsonNode physical = r.path("locations").get(0).path("physicalLocation");
            assertEquals("%E5%B9%B4%E6%8A%A5/2024%20%E6%B6%88%E9%98%B2&%E5%A4%A7%E9%98%9F.pdf",
                    physical.path("artifactLocation").path("uri").asText());
        }
        JsonNode first = results.get(0);
        assertEquals("TABLE-ROW-TOTAL", first.path("ruleId").asText());
        assertEquals("error", first.path("level").asText());
        assertEquals(68, first.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt());
        assertEquals("5", first.path("properties").path("expected").asText());
        assertEquals("note", results.get(3).path("level").asText(), "info is a SARIF note");
        JsonNode whole = results.get(4);
        assertEquals("UNLISTED-RULE", whole.path("ruleId").asText());
        assertTrue(whole.path("locations").get(0).path("physicalLocation").path("region").isMissingNode(),
                "line 0 (the whole report) has no region");
        JsonNode suppressed = results.get(5);
        assertEquals("FEE-STATEMENT-MISSING", suppressed.path("ruleId").asText());
        assertEquals("external", suppressed.path("suppressions").get(0).path("kind").asText());
        assertEquals("本单位不收费，已书面说明", suppressed.path("suppressions").get(0).path("justification").asText());
    }

    @Test
    void unreadableFilesAreToolExecutionNotifications() throws Exception {
        JsonNode invocation = write().path("runs").get(0).path("invocations").get(0);
        assertFalse(invocation.path("executionSuccessful").asBoolean(true));
        JsonNode notes = invocation.path("toolExecutionNotifications");
        assertEquals(1, notes.size());
        assertEquals("error", notes.get(0).path("level").asText());
        assertTrue(notes.get(0).path("message").path("text").asText().startsWith("scan.pdf：PDF 中没有可提取的文字"));
        assertEquals("scan.pdf", notes.get(0).path("locations").get(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asText());
    }

    @Test
    void uris() {
        assertEquals("samples/a.txt", SarifReporter.uri("samples/a.txt"));
        assertEquals("dir/a%20b.txt", SarifReporter.uri("dir\\a b.txt"));
        assertEquals("./c:d.txt", SarifReporter.uri("c:d.txt"));
        assertTrue(SarifReporter.uri("/tmp/年报.pdf").startsWith("file:///tmp/%E5%B9%B4"));
    }
}
