package org.xxgk.check.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.runtime.rule.RuleContext;
import org.xxgk.check.fact.Cell;
import org.xxgk.check.fact.Claim;
import org.xxgk.check.fact.Elsewhere;
import org.xxgk.check.fact.PriorCell;
import org.xxgk.check.fact.PriorTable;
import org.xxgk.check.fact.Problem;
import org.xxgk.check.fact.RepeatedText;
import org.xxgk.check.fact.Section;
import org.xxgk.check.fact.Table;
import org.xxgk.check.fact.TemplateMarker;
import org.xxgk.check.fact.Unpaired;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.finding.Location;
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
        List<?> matched = kcontext.getMatch().getObjects();
        found.add(new Finding(rule.id(), rule.severity(), line, message, text(expected), text(actual),
                subject(matched, line), null, related(matched)));
    }

    /**
     * The places in other reports a finding involves, from the facts of other reports its rule matched (no DRL names
     * them): one per other report, the most precise the rule matched — a cell, a table, a repeated sentence, else the
     * report's title line.
     */
    static List<Location> related(List<?> matched) {
        Map<String, Location> byFile = new LinkedHashMap<>();
        Map<String, Integer> rankOf = new HashMap<>();
        for (Object o : matched) {
            if (!(o instanceof Elsewhere e) || e.file() == null) {
                continue;
            }
            int rank = o instanceof PriorCell ? 0 : o instanceof PriorTable ? 1 : o instanceof RepeatedText ? 2 : 3;
            Integer before = rankOf.get(e.file());
            if (before == null || rank < before) {
                rankOf.put(e.file(), rank);
                byFile.put(e.file(), new Location(e.file(), e.line()));
            }
        }
        return List.copyOf(byFile.values());
    }

    /**
     * What the finding concerns, from the facts the rule matched (no DRL names it): the first matched fact on the
     * finding's line, else the first matched fact, preferring a cell, then a problem, a claim, a section, a table
     * and a template marker (then a measured repeated text, a failed pairing). TABLE-ROW-TOTAL matches its 总计 cell,
     * so its subject is that cell. Cells, tables and reports of other reports are never the subject.
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
        } else if (o instanceof RepeatedText) {
            return 6;
        } else if (o instanceof Unpaired) {
            return 7;
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
        } else if (o instanceof RepeatedText t) {
            return t.thisLine();
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
        } else if (o instanceof TemplateMarker m) {
            return new Subject("marker", "", "", "", m.template() + "|" + m.label());
        } else if (o instanceof RepeatedText t) {
            return new Subject("text", "", "", "", t.section() + "|" + (t.sameAgency() ? "previous-year" : "other-agency"));
        }
        return new Subject("pairing", "", "", "", ((Unpaired) o).reason());
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
