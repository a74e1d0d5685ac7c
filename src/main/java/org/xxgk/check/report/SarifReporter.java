package org.xxgk.check.report;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.finding.Severity;

/**
 * SARIF 2.1.0, for code-scanning dashboards: one run; the driver lists the rules in force (id, Chinese title,
 * severity and basis); each finding is a result at its file and line (error / warning / note); suppressed findings
 * are results with an external suppression; a file that could not be read is a tool execution notification.
 * Line numbers of HTML, DOCX and PDF reports are those of their converted text ({@code check text FILE}).
 */
public final class SarifReporter implements Reporter {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(List<CheckedReport> reports, RunInfo run, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode sarifRun = root.putArray("runs").addObject();
        ObjectNode driver = sarifRun.putObject("tool").putObject("driver");
        driver.put("name", "xxgk-check");
        if (run.version() != null) {
            driver.put("version", run.version());
        }
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (RuleDoc r : run.catalogue()) {
            ruleIndex.put(r.id(), ruleIndex.size());
            rule(rules.addObject(), r);
        }
        // A finding whose rule the catalogue does not list still gets a descriptor: results refer to rules by index.
        for (CheckedReport r : reports) {
            for (Finding f : all(r)) {
                if (!ruleIndex.containsKey(f.rule())) {
                    ruleIndex.put(f.rule(), ruleIndex.size());
                    rule(rules.addObject(), new RuleDoc(f.rule(), f.severity(), f.rule(), "", ""));
                }
            }
        }

        ArrayNode artifacts = sarifRun.putArray("artifacts");
        ObjectNode invocation = sarifRun.putArray("invocations").addObject();
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        ArrayNode results = sarifRun.putArray("results");
        boolean allRead = true;
        for (int i = 0; i < reports.size(); i++) {
            CheckedReport r = reports.get(i);
            String uri = uri(r.file());
            ObjectNode artifact = artifacts.addObject();
            artifact.putObject("location").put("uri", uri);
            if (r.error() != null) {
                allRead = false;
                ObjectNode n = notifications.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", r.file() + "：" + r.error());
                location(n.putArray("locations").addObject(), uri, i, 0);
                continue;
            }
            ObjectNode props = artifact.putObject("properties");
            props.put("agency", r.agency());
            if (r.year() == null) {
                props.putNull("year");
            } else {
                props.put("year", r.year());
            }
            props.put("template", r.template());
            for (Finding f : r.findings()) {
                result(results.addObject(), f, ruleIndex.get(f.rule()), uri, i);
            }
            for (CheckedReport.Suppressed s : r.suppressed()) {
                ObjectNode result = result(results.addObject(), s.finding(), ruleIndex.get(s.finding().rule()), uri, i);
                ObjectNode suppression = result.putArray("suppressions").addObject();
                suppression.put("kind", "external");
                suppression.put("justification", s.reason());
            }
        }
        invocation.put("executionSuccessful", allRead);
        ObjectNode runProps = sarifRun.putObject("properties");
        runProps.put("rules", run.rules());
        runProps.put("ruleCount", run.ruleCount());
        runProps.put("lineNumbers", "HTML、DOCX、PDF 年报的行号是转换后文本的行号（check text 文件）");
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Finding> all(CheckedReport r) {
        List<Finding> all = new ArrayList<>(r.findings());
        r.suppressed().forEach(s -> all.add(s.finding()));
        return all;
    }

    private static void rule(ObjectNode node, RuleDoc r) {
        node.put("id", r.id());
        node.putObject("shortDescription").put("text", r.title());
        if (r.basis() != null && !r.basis().isEmpty()) {
            node.putObject("fullDescription").put("text", r.title() + "（依据：" + r.basis() + "）");
        }
        node.putObject("defaultConfiguration").put("level", level(r.severity()));
        ObjectNode props = node.putObject("properties");
        props.put("severity", r.severity().id());
        if (r.basis() != null && !r.basis().isEmpty()) {
            props.put("basis", r.basis());
        }
        if (r.category() != null && !r.category().isEmpty()) {
            props.put("category", r.category());
            props.putArray("tags").add(r.category());
        }
    }

    private static ObjectNode result(ObjectNode node, Finding f, int ruleIndex, String uri, int artifact) {
        node.put("ruleId", f.rule());
        node.put("ruleIndex", ruleIndex);
        node.put("level", level(f.severity()));
        node.putObject("message").put("text", f.message());
        location(node.putArray("locations").addObject(), uri, artifact, f.line());
        if (f.expected() != null || f.actual() != null) {
            ObjectNode props = node.putObject("properties");
            if (f.expected() != null) {
                props.put("expected", f.expected());
            }
            if (f.actual() != null) {
                props.put("actual", f.actual());
            }
        }
        return node;
    }

    private static void location(ObjectNode node, String uri, int artifact, int line) {
        ObjectNode physical = node.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri).put("index", artifact);
        if (line > 0) {
            physical.putObject("region").put("startLine", line);
        }
    }

    /** SARIF levels: error, warning, note. */
    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * A file as a URI reference: a relative path stays relative (forward slashes, percent-encoded: Chinese file
     * names are common), an absolute one becomes a {@code file:} URI.
     */
    static String uri(String file) {
        String slashed = file.replace('\\', '/');
        try {
            if (Path.of(file).isAbsolute()) {
                return Path.of(file).toUri().toASCIIString();
            }
        } catch (InvalidPathException e) {
            // not a path of this system: encode it as written
        }
        int colon = slashed.indexOf(':');
        if (colon >= 0 && (slashed.indexOf('/') < 0 || colon < slashed.indexOf('/'))) {
            slashed = "./" + slashed; // 「a:b.txt」 would read as a URI scheme
        }
        try {
            return new URI(null, null, slashed, null).toASCIIString();
        } catch (URISyntaxException e) {
            return slashed;
        }
    }
}
