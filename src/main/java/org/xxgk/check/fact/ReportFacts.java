package org.xxgk.check.fact;

import java.util.ArrayList;
import java.util.List;

/** Everything the parser learnt from one report: the facts the rules match on. */
public record ReportFacts(Report report, List<Section> sections, List<Table> tables, List<Cell> cells,
                          List<Claim> claims, List<Problem> problems, List<TemplateMarker> markers) {

    public ReportFacts {
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
        cells = List.copyOf(cells);
        claims = List.copyOf(claims);
        problems = List.copyOf(problems);
        markers = List.copyOf(markers);
    }

    /** All facts, for insertion into a rule session. */
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
