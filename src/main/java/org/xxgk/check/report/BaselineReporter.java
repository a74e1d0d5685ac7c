package org.xxgk.check.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Finding;

/**
 * The baseline file of {@code check baseline}: every finding of the run that is not suppressed (active ones and
 * those an earlier baseline already listed), each with its fingerprint and, for the people who read the file, its
 * file, line, rule and message. {@code --baseline FILE} reads back only the fingerprints.
 */
public final class BaselineReporter implements Reporter {

    /** The value of {@code "format"}, which a baseline file must carry. */
    public static final String FORMAT = "xxgk-check-baseline/v1";

    private final PrintWriter out;
    private JsonGenerator json;

    public BaselineReporter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin(RunInfo run) {
        json = ReportJson.generator(out, true);
        try {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeStringField("version", run.version());
            json.writeStringField("rules", run.rules());
            json.writeArrayFieldStart("findings");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void report(CheckedReport r) {
        try {
            for (Finding f : r.findings()) {
                json.writeTree(entry(r, f));
            }
            for (Finding f : r.baselined()) {
                json.writeTree(entry(r, f));
            }
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode entry(CheckedReport r, Finding f) {
        ObjectNode node = ReportJson.JSON.createObjectNode();
        node.put("fingerprint", f.fingerprint());
        node.put("rule", f.rule());
        node.put("file", r.file());
        node.put("agency", r.agency());
        if (r.year() != null) {
            node.put("year", r.year());
        }
        node.put("line", f.line());
        node.put("message", f.message());
        return node;
    }

    @Override
    public void end(Summary summary) {
        ReportJson.finish(json, out);
    }
}
