package org.xxgk.check.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kie.api.runtime.rule.RuleContext;
import org.xxgk.check.fact.Cell;
import org.xxgk.check.fact.Claim;
import org.xxgk.check.fact.Problem;
import org.xxgk.check.fact.Section;
import org.xxgk.check.fact.Table;
import org.xxgk.check.fact.TemplateMarker;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.finding.Subject;

/**
 * The global every rule reports through ({@code global Findings findings;}). A consequence makes one call; the id
 * and severity come from the rule's metadata, so the rule text never repeats them.
 */
public final class Findings {

    private final Map<String, RuleInfo> rulesByName;
    private final List<Finding> found = new ArrayList<>();

    Findings(Map<String, RuleInfo> rulesByName) {
        this.rulesByName = rulesByName;
    }

    /** Reports a finding that compares an expected and an actual value. */
    public void report(RuleContext kcontext, int line, String message, Object expected, Object actual) {
        RuleInfo rule = rulesByName.get(kcontext.getRule().getName());
        found.add(new Finding(rule.id(), rule.severity(), line, message, text(expected), text(actual),
                subject(kcontext.getMatch().getObjects(), line)));
    }

    /**
     * What the finding concerns, from the facts the rule matched (no DRL names it): the first matched fact on the
     * finding's line, else the first matched fact, preferring a cell, then a problem, a claim, a section, a table
     * and a template marker. TABLE-ROW-TOTAL matches its 总计 cell, so its subject is that cell.
     */
    static Subject subject(List<?> matched, int line) {
        Subject onLine = null;
        Subject first = null;
        int onLineRank = Integer.MAX_VALUE;
        int firstRank = Integer.MAX_VALUE;
        for (Object o : matched) {
            int rank = rank(o);
            if (rank == Integer.MAX_VALUE) {
                continue;
            }
            Subject s = describe(o);
            if (rank < firstRank) {
                first = s;
                firstRank = rank;
            }
            if (line(o) == line && line > 0 && rank < onLineRank) {
                onLine = s;
                onLineRank = rank;
            }
        }
        return onLine != null ? onLine : first != null ? first : Subject.REPORT;
    }

    private static int rank(Object o) {
        if (o instanceof Cell) {
            return 0;
        } else if (o instanceof Problem) {
            return 1;
        } else if (o instanceof Claim) {
            return 2;
        } else if (o instanceof Section) {
            return 3;
        } else if (o instanceof Table) {
            return 4;
        } else if (o instanceof TemplateMarker) {
            return 5;
        }
        return Integer.MAX_VALUE;
    }

    private static int line(Object o) {
        if (o instanceof Cell c) {
            return c.line();
        } else if (o instanceof Problem p) {
            return p.line();
        } else if (o instanceof Claim c) {
            return c.line();
        } else if (o instanceof Section s) {
            return s.line();
        } else if (o instanceof Table t) {
            return t.line();
        } else if (o instanceof TemplateMarker m) {
            return m.line();
        }
        return -1;
    }

    private static Subject describe(Object o) {
        if (o instanceof Cell c) {
            return Subject.cell(c.table(), c.row(), c.column());
        } else if (o instanceof Problem p) {
            return new Subject("problem", p.table(), p.row(), p.column(), p.kind() + "|" + p.value());
        } else if (o instanceof Claim c) {
            return new Subject("claim", "", "", "", c.kind() + "|" + c.section() + "|" + c.value());
        } else if (o instanceof Section s) {
            return new Subject("section", "", "", "", String.valueOf(s.number()));
        } else if (o instanceof Table t) {
            return new Subject("table", t.name(), "", "", "");
        } else {
            TemplateMarker m = (TemplateMarker) o;
            return new Subject("marker", "", "", "", m.template() + "|" + m.label());
        }
    }

    /** Reports a finding without values. */
    public void report(RuleContext kcontext, int line, String message) {
        report(kcontext, line, message, null, null);
    }

    List<Finding> found() {
        return found;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }
}
