package org.xxgk.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

/**
 * The CI outputs of the real command on the five samples and a missing file: SARIF against the SARIF 2.1.0 schema
 * (with what GitHub code scanning needs beyond it), JUnit XML against the Jenkins JUnit schema.
 */
class SchemaValidationTest {

    static final List<String> SAMPLES_AND_A_MISSING_FILE = List.of("samples", "samples/不存在.txt");

    static List<Error> sarifErrors(String sarif) throws Exception {
        try (InputStream schema = Files.newInputStream(Path.of("src/test/resources/sarif-2.1.0.json"))) {
            Schema s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
            return s.validate(new ObjectMapper().readTree(sarif));
        }
    }

    @Test
    void sarifOfTheSamplesIsValidAndCarriesWhatGithubNeeds() throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--format", "sarif"));
        args.addAll(SAMPLES_AND_A_MISSING_FILE);
        FormatCliTest.Run run = FormatCliTest.run(args.toArray(String[]::new));
        assertEquals(2, run.code(), run.err());
        assertEquals(List.of(), sarifErrors(run.out()));

        JsonNode sarifRun = new ObjectMapper().readTree(run.out()).path("runs").get(0);
        JsonNode driver = sarifRun.path("tool").path("driver");
        assertTrue(driver.path("semanticVersion").asText().matches("\\d+\\.\\d+\\.\\d+.*"), driver.toString());
        assertTrue(driver.path("informationUri").asText().matches("file:/.*README\\.md"), driver.toString());
        JsonNode rowTotal = null;
        for (JsonNode rule : driver.path("rules")) {
            assertFalse(rule.path("help").path("text").asText().isBlank(), rule.path("id").asText());
            assertFalse(rule.path("help").path("markdown").asText().isBlank(), rule.path("id").asText());
            assertTrue(rule.path("helpUri").asText().matches("file:/.*/features/[a-z]+/" + rule.path("id").asText()
                    + "\\.feature"), rule.toString());
            if (rule.path("id").asText().equals("TABLE-ROW-TOTAL")) {
                rowTotal = rule;
            }
        }
        assertTrue(rowTotal.path("help").path("text").asText().contains("依据：第三部分表格“总计”列是自然人与法人或其他组织五列"),
                "the DRL header comment");
        assertTrue(rowTotal.path("help").path("markdown").asText().contains("应报告"), "the feature's examples");

        String base = sarifRun.path("originalUriBaseIds").path("REPORTROOT").path("uri").asText();
        assertTrue(base.startsWith("file:///") && base.endsWith("/"), base);
        Set<String> prints = new HashSet<>();
        for (JsonNode result : sarifRun.path("results")) {
            JsonNode location = result.path("locations").get(0).path("physicalLocation").path("artifactLocation");
            assertEquals("REPORTROOT", location.path("uriBaseId").asText());
            assertTrue(location.path("uri").asText().startsWith("samples/2"), location.toString());
            String print = result.path("partialFingerprints").path("xxgkFinding/v1").asText();
            assertEquals(32, print.length(), result.toString());
            assertTrue(prints.add(print), "fingerprints are distinct: " + result);
        }
        assertEquals(14, prints.size(), "every finding of the samples");
        JsonNode notification = sarifRun.path("invocations").get(0).path("toolExecutionNotifications").get(0);
        assertEquals("samples/%E4%B8%8D%E5%AD%98%E5%9C%A8.txt", notification.path("locations").get(0)
                .path("physicalLocation").path("artifactLocation").path("uri").asText());
    }

    @Test
    void aBrokenSarifFailsTheSchema() throws Exception {
        // The validator really validates: a result without a message is refused.
        String sarif = FormatCliTest.run("--format", "sarif", "samples/2024-ganzhou-fire-brigade.txt").out()
                .replaceFirst("\"message\" : \\{", "\"mess\" : {");
        assertFalse(sarifErrors(sarif).isEmpty());
    }

    private static Validator junitSchema() throws Exception {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("src/test/resources/junit-jenkins.xsd").toFile()).newValidator();
    }

    @Test
    void junitXmlOfTheSamplesPassesTheJenkinsSchema() throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--format", "junit"));
        args.addAll(SAMPLES_AND_A_MISSING_FILE);
        FormatCliTest.Run run = FormatCliTest.run(args.toArray(String[]::new));
        assertEquals(2, run.code());
        junitSchema().validate(new StreamSource(new StringReader(run.out())));
        assertFalse(run.out().contains("<testsuites name=\"xxgk-check\" tests=\"0\""));
        assertTrue(run.out().contains("<testcase classname=\"samples/2024-ganzhou-fire-brigade_txt\""), run.out());
    }

    @Test
    void theJenkinsSchemaRefusesASkippedAttributeOnTestsuites() throws Exception {
        String bad = "<testsuites skipped=\"0\"><testsuite tests=\"0\"/></testsuites>";
        org.junit.jupiter.api.Assertions.assertThrows(org.xml.sax.SAXException.class,
                () -> junitSchema().validate(new StreamSource(new StringReader(bad))));
    }
}
