package org.xxgk.check.report;

import java.io.PrintWriter;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Finding;

/** For machines: {@code {"reports": [...], "summary": {...}}}. */
public final class JsonReporter implements Reporter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(List<CheckedReport> reports, RunInfo run, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("reports");
        for (CheckedReport r : reports) {
            ObjectNode node = list.addObject();
            node.put("file", r.file());
            if (r.error() != null) {
                node.put("error", r.error());
                continue;
            }
            node.put("agency", r.agency());
            if (r.year() == null) {
                node.putNull("year");
            } else {
                node.put("year", r.year());
            }
            node.put("template", r.template());
            ArrayNode findings = node.putArray("findings");
            r.findings().forEach(f -> finding(findings.addObject(), f));
            ArrayNode suppressed = node.putArray("suppressed");
            for (CheckedReport.Suppressed s : r.suppressed()) {
                finding(suppressed.addObject(), s.finding()).put("reason", s.reason());
            }
        }
        Summary s = Summary.of(reports);
        ObjectNode summary = root.putObject("summary");
        summary.put("reports", s.reports());
        summary.put("unreadable", s.failed());
        summary.put("error", s.errors());
        summary.put("warning", s.warnings());
        summary.put("info", s.infos());
        summary.put("suppressed", s.suppressed());
        ObjectNode rules = root.putObject("rules");
        rules.put("source", run.rules());
        rules.put("count", run.ruleCount());
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode finding(ObjectNode node, Finding f) {
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
        return node;
    }
}
