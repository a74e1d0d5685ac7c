package org.xxgk.check.cli;

import java.util.Arrays;
import java.util.List;

import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.finding.ReportView;
import org.xxgk.check.input.ReportText;

/** Copies what the annotated view shows out of the parser's facts, so that reporters see no fact types. */
final class ReportViews {

    private ReportViews() {
    }

    static ReportView of(ReportText text, ReportFacts facts) {
        String[] split = text.text().split("\\R", -1);
        int count = text.text().endsWith("\n") ? split.length - 1 : split.length;
        List<String> lines = Arrays.asList(split).subList(0, Math.max(0, count));
        return new ReportView(text.kind().chinese(), text.converted(), lines, text.pageStarts(),
                facts.sections().stream().map(s -> new ReportView.Section(s.number(), s.title(), s.line(), s.endLine()))
                        .toList(),
                facts.tables().stream().map(t -> new ReportView.Table(t.name(), t.line(), t.endLine())).toList(),
                facts.cells().stream().map(c -> new ReportView.Cell(c.table(), c.row(), c.column(),
                        c.value().toPlainString(), c.line(), c.source())).toList());
    }
}
