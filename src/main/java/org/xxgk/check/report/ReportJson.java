package org.xxgk.check.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.finding.Location;
import org.xxgk.check.finding.Subject;

/** The JSON of one report, one finding and the run's summary: shared by {@code json} and {@code jsonl}. */
final class ReportJson {

    static final ObjectMapper JSON = new ObjectMapper();

    private ReportJson() {
    }

    static JsonGenerator generator(Writer out, boolean pretty) {
        try {
            JsonGenerator g = JSON.getFactory().createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            return pretty ? g.useDefaultPrettyPrinter() : g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes an array of nodes kept for the end of the output. */
    static void array(JsonGenerator json, String name, List<? extends JsonNode> nodes) throws IOException {
        json.writeArrayFieldStart(name);
        for (JsonNode n : nodes) {
            json.writeTree(n);
        }
        json.writeEndArray();
    }

    /** Closes every array and object still open, then ends the line; the writer itself stays open. */
    static void finish(JsonGenerator json, PrintWriter out) {
        try {
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    /** {@code "agency", "year", "template"}: who published the report, for which year, on which template. */
    static ObjectNode identity(ObjectNode node, CheckedReport r) {
        node.put("agency", r.agency());
        if (r.year() == null) {
            node.putNull("year");
        } else {
            node.put("year", r.year());
        }
        node.put("template", r.template());
        return node;
    }

    /** {@code {"file", "agency", "year", "template", "findings", "suppressed", "baselined"}}. */
    static ObjectNode report(CheckedReport r) {
        ObjectNode node = JSON.createObjectNode();
        node.put("file", r.file());
        identity(node, r);
        ArrayNode findings = node.putArray("findings");
        r.findings().forEach(f -> finding(findings.addObject(), f));
        ArrayNode suppressed = node.putArray("suppressed");
        for (CheckedReport.Suppressed s : r.suppressed()) {
            finding(suppressed.addObject(), s.finding()).put("reason", s.reason());
        }
        ArrayNode baselined = node.putArray("baselined");
        r.baselined().forEach(f -> finding(baselined.addObject(), f));
        return node;
    }

    /** {@code {"file", "error"}}: a file that could not be checked. */
    static ObjectNode unreadable(CheckedReport r) {
        ObjectNode node = JSON.createObjectNode();
        node.put("file", r.file());
        node.put("error", r.error());
        return node;
    }

    static ObjectNode finding(ObjectNode node, Finding f) {
        node.put("rule", f.rule());
        node.put("severity", f.severity().id());
        node.put("line", f.line());
        node.put("message", f.message());
        if (f.expected() != null) {
            node.put("expected", f.expected());
        }
        if (f.actual() != null) {
            node.put("actual", f.actual());
        }
        Subject s = f.subject();
        if (!s.equals(Subject.REPORT)) {
            ObjectNode subject = node.putObject("subject");
            subject.put("kind", s.kind());
            putIfSet(subject, "table", s.table());
            putIfSet(subject, "row", s.row());
            putIfSet(subject, "column", s.column());
            putIfSet(subject, "detail", s.detail());
        }
        if (!f.related().isEmpty()) {
            ArrayNode related = node.putArray("related");
            for (Location l : f.related()) {
                related.addObject().put("file", l.file()).put("line", l.line());
            }
        }
        node.put("fingerprint", f.fingerprint());
        return node;
    }

    private static void putIfSet(ObjectNode node, String key, String value) {
        if (!value.isEmpty()) {
            node.put(key, value);
        }
    }

    /** The fields after the reports: summary, rules, config, baseline. */
    static void trailer(ObjectNode node, Summary s, Reporter.RunInfo run) {
        ObjectNode summary = node.putObject("summary");
        summary.put("reports", s.reports());
        summary.put("unreadable", s.unreadable());
        summary.put("error", s.errors());
        summary.put("warning", s.warnings());
        summary.put("info", s.infos());
        summary.put("suppressed", s.suppressed());
        summary.put("baselined", s.baselined());
        ObjectNode rules = node.putObject("rules");
        rules.put("source", run.rules());
        rules.put("count", run.ruleCount());
        node.put("config", run.config());
        node.put("baseline", run.baseline());
    }
}
