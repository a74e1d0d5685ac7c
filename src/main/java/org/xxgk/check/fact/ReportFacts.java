package org.xxgk.check.fact;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the parser learnt from one report: the facts the rules match on, and the sentences of its prose (not
 * rule facts: the cross-report phase measures repeated text with them).
 */
public record ReportFacts(Report report, List<Section> sections, List<Table> tables, List<Cell> cells,
                          List<Claim> claims, List<Problem> problems, List<TemplateMarker> markers,
                          List<Sentence> sentences) {

    public ReportFacts {
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
        cells = List.copyOf(cells);
        claims = List.copyOf(claims);
        problems = List.copyOf(problems);
        markers = List.copyOf(markers);
        sentences = List.copyOf(sentences);
    }

    /** Facts without their sentences. */
    public ReportFacts(Report report, List<Section> sections, List<Table> tables, List<Cell> cells,
                       List<Claim> claims, List<Problem> problems, List<TemplateMarker> markers) {
        this(report, sections, tables, cells, claims, problems, markers, List.of());
    }

    /** All facts, for insertion into a rule session (sentences are not among them). */
    public List<Object> all() {
        List<Object> all = new ArrayList<>();
        all.add(report);
        all.addAll(sections);
        all.addAll(tables);
        all.addAll(cells);
        all.addAll(claims);
        all.addAll(problems);
        all.addAll(markers);
        return all;
    }
}
