package org.xxgk.check.cross;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.xxgk.check.fact.PriorCell;
import org.xxgk.check.fact.PriorReport;
import org.xxgk.check.fact.PriorTable;
import org.xxgk.check.fact.RepeatedText;
import org.xxgk.check.fact.Report;
import org.xxgk.check.fact.Setting;
import org.xxgk.check.fact.Unpaired;
import org.xxgk.check.template.AgencyNames;

/**
 * What the cross-report rules see of one report: its report fact, tables and cells (二 and 三), last year's report
 * of its agency with its tables and cells (when paired), why it could not be paired (when so), the repeated text
 * measured in sections 一 and 五, and the officer's threshold.
 *
 * @param digest    the report
 * @param agencyKey its agency as pairing compares it (「洪泽区人民政府」, the prefix after 「/」 when there is one:
 *                  「洪泽区人民政府/淮安市」), or {@code null} when it names none
 * @param previous  last year's report of its agency, or {@code null}
 * @param unpaired  why it has no pair, or {@code null} (also when the batch simply holds no report of last year)
 * @param repeats   the repeated text measured
 */
public record CrossFacts(Digest digest, String agencyKey, Digest previous, Unpaired unpaired,
                         List<RepeatedText> repeats) {

    /**
     * Pairs every report of {@code checked} and measures its repeated text.
     *
     * @param checked  the batch's reports
     * @param previous reports given as last year's only ({@code --previous}): paired with, never checked
     */
    public static List<CrossFacts> of(List<Digest> checked, List<Digest> previous, AgencyNames names) {
        List<Digest> all = new ArrayList<>(checked);
        all.addAll(previous);
        Pairing pairing = new Pairing(all, names);
        Repeats repeats = new Repeats(all, pairing, Repeats.Knowledge.builtIn());
        List<CrossFacts> out = new ArrayList<>(checked.size());
        for (Digest d : checked) {
            Pairing.Pair pair = pairing.pair(d);
            Pairing.Name name = pairing.name(d);
            out.add(new CrossFacts(d, name == null ? null : name.local() + (name.prefix().isEmpty() ? ""
                    : "/" + name.prefix()), pair.previous(), pair.unpaired(), repeats.measure(d, pair.previous())));
        }
        return out;
    }

    /**
     * The facts of the report's cross-report session. This year's tables and cells come only beside last year's:
     * without a previous report there is nothing to compare them with (the report's own tables are the other rules'
     * business), and a session of some 200 cells per report that no rule can use is the largest part of the
     * phase's cost.
     */
    public List<Object> facts(BigDecimal repeatedTextPercent) {
        List<Object> facts = new ArrayList<>();
        facts.add(digest.report());
        if (previous != null) {
            facts.addAll(digest.tables());
            facts.addAll(digest.cells().cells());
            Report p = previous.report();
            int year = p.year();
            facts.add(new PriorReport(p.file(), p.agency(), year, p.titleLine(), p.template()));
            previous.tables().forEach(t -> facts.add(new PriorTable(t.name(), t.line(), t.endLine(), p.file(), year)));
            facts.addAll(previous.cells().facts((table, row, column, value, line, source)
                    -> new PriorCell(table, row, column, value, line, p.file(), year)));
        }
        if (unpaired != null) {
            facts.add(unpaired);
        }
        facts.addAll(repeats);
        facts.add(new Setting(Setting.REPEATED_TEXT_PERCENT, repeatedTextPercent));
        return facts;
    }
}
