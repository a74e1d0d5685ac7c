package org.xxgk.check.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.xxgk.check.cross.CrossFacts;
import org.xxgk.check.fact.Cell;
import org.xxgk.check.fact.Claim;
import org.xxgk.check.fact.Problem;
import org.xxgk.check.fact.RepeatedText;
import org.xxgk.check.fact.Report;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.fact.Section;
import org.xxgk.check.fact.Table;
import org.xxgk.check.fact.TemplateMarker;

/** The facts of one report as JSON, for {@code check facts}. Values are exact decimal strings. */
final class FactsJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FactsJson() {
    }

    static String write(ReportFacts facts) {
        return write(node(facts));
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Adds what the cross-report phase made of the report: {@code "pairing"} (its agency as compared, last year's
     * report it was paired with, or why it was not) and {@code "repeatedText"} (the shares of sections 一 and 五
     * found in last year's report and in the other agency's report of the year that repeats most).
     */
    static ObjectNode cross(ObjectNode root, CrossFacts cross) {
        ObjectNode pairing = root.putObject("pairing");
        pairing.put("agencyKey", cross.agencyKey());
        if (cross.previous() == null) {
            pairing.putNull("previous");
        } else {
            Report p = cross.previous().report();
            pairing.putObject("previous").put("file", p.file()).put("agency", p.agency()).put("year", p.year());
        }
        if (cross.unpaired() != null) {
            pairing.putObject("unpaired").put("reason", cross.unpaired().reason())
                    .put("candidates", cross.unpaired().candidates());
        }
        ArrayNode repeats = root.putArray("repeatedText");
        for (RepeatedText t : cross.repeats()) {
            repeats.addObject().put("section", t.section()).put("percent", t.percent()).put("chars", t.chars())
                    .put("measured", t.measured()).put("sameAgency", t.sameAgency()).put("file", t.file())
                    .put("agency", t.agency()).put("year", t.year()).put("line", t.thisLine())
                    .put("otherLine", t.line()).put("quotes", t.quotes());
        }
        return root;
    }

    static ObjectNode node(ReportFacts facts) {
        ObjectNode root = JSON.createObjectNode();
        Report r = facts.report();
        root.put("file", r.file());
        root.put("agency", r.agency());
        root.put("agencyLevel", r.agencyLevel());
        if (r.year() == null) {
            root.putNull("year");
        } else {
            root.put("year", r.year());
        }
        root.put("titleLine", r.titleLine());
        root.put("template", r.template());
        ArrayNode evidence = root.putArray("templateEvidence");
        for (TemplateMarker m : facts.markers()) {
            evidence.addObject().put("template", m.template()).put("label", m.label()).put("line", m.line())
                    .put("position", m.position());
        }
        ArrayNode sections = root.putArray("sections");
        for (Section s : facts.sections()) {
            sections.addObject().put("number", s.number()).put("numbering", s.numbering()).put("title", s.title()).put("titleForm", s.titleForm())
                    .put("line", s.line()).put("endLine", s.endLine()).put("textLength", s.textLength());
        }
        ArrayNode tables = root.putArray("tables");
        for (Table t : facts.tables()) {
            tables.addObject().put("table", t.name()).put("line", t.line()).put("endLine", t.endLine());
        }
        ArrayNode cells = root.putArray("cells");
        for (Cell c : facts.cells()) {
            cells.addObject().put("table", c.table()).put("row", c.row()).put("column", c.column())
                    .put("value", c.value().toPlainString()).put("line", c.line()).put("source", c.source());
        }
        ArrayNode claims = root.putArray("claims");
        for (Claim c : facts.claims()) {
            claims.addObject().put("kind", c.kind()).put("value", c.value()).put("line", c.line())
                    .put("section", c.section()).put("text", c.text());
        }
        ArrayNode problems = root.putArray("problems");
        for (Problem p : facts.problems()) {
            problems.addObject().put("kind", p.kind()).put("table", p.table()).put("row", p.row())
                    .put("column", p.column()).put("line", p.line()).put("value", p.value()).put("message", p.message());
        }
        return root;
    }
}
