package org.xxgk.check.report;

import java.io.PrintWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.xxgk.check.finding.CheckedReport;

/**
 * JSON lines, for pipelines that read as the run goes: one line per report as it is checked (the object of the
 * {@code json} format's {@code reports}, or {@code {"file", "error"}} for a file that could not be read), then one
 * last line {@code {"summary", "rules", "config", "baseline"}}.
 */
public final class JsonLinesReporter implements Reporter {

    private final PrintWriter out;
    private RunInfo run;

    public JsonLinesReporter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin(RunInfo info) {
        run = info;
    }

    @Override
    public void report(CheckedReport r) {
        line(r.error() != null ? ReportJson.unreadable(r) : ReportJson.report(r));
    }

    @Override
    public void end(Summary summary) {
        ObjectNode last = ReportJson.JSON.createObjectNode();
        ReportJson.trailer(last, summary, run);
        line(last);
    }

    private void line(JsonNode node) {
        try {
            out.println(ReportJson.JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }
}
