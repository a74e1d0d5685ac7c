package org.xxgk.check.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.xxgk.check.finding.CheckedReport;

/**
 * For machines: {@code {"reports": [...], "unreadable": [...], "summary": {...}, "rules": {...}, "config": ...}}.
 * Written report by report: only the files that could not be read (a name and a reason each) wait for the end.
 */
public final class JsonReporter implements Reporter {

    private final PrintWriter out;
    private JsonGenerator json;
    private RunInfo run;
    private final List<ObjectNode> unreadable = new ArrayList<>();

    public JsonReporter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin(RunInfo info) {
        run = info;
        json = ReportJson.generator(out, true);
        try {
            json.writeStartObject();
            json.writeArrayFieldStart("reports");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void report(CheckedReport r) {
        if (r.error() != null) {
            unreadable.add(ReportJson.unreadable(r));
            return;
        }
        try {
            json.writeTree(ReportJson.report(r));
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void end(Summary summary) {
        try {
            json.writeEndArray();
            ReportJson.array(json, "unreadable", unreadable);
            ObjectNode trailer = ReportJson.JSON.createObjectNode();
            ReportJson.trailer(trailer, summary, run);
            for (Map.Entry<String, JsonNode> e : trailer.properties()) {
                json.writeFieldName(e.getKey());
                json.writeTree(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReportJson.finish(json, out);
    }
}
