package org.xxgk.check.cross;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.xxgk.check.config.Policy;
import org.xxgk.check.engine.RuleBase;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.template.AgencyNames;

/**
 * The second phase of a batch: the cross-report rules, which compare a report with last year's report of its agency
 * and with other agencies' reports of the same year. While the batch is checked, each report leaves a small
 * {@link Digest} ({@link #parsed}) and its outcome goes to a spool on disk ({@link #checked}); once all are in,
 * {@link #finish} pairs the reports, measures repeated text, runs the cross-report rules on each report's
 * {@link CrossFacts}, and hands every outcome, its cross-report findings added, on in input order.
 */
public final class CrossPhase implements AutoCloseable {

    private final RuleBase rules;
    private final Policy policy;
    private final AgencyNames names;
    private final BigDecimal repeatedTextPercent;
    private final int threads;
    private final Map<String, Digest> parsed = new ConcurrentHashMap<>();
    private final List<Digest> previous = Collections.synchronizedList(new ArrayList<>());
    /** Per input, in input order: its digest, or null when it could not be read. */
    private final List<Digest> order = new ArrayList<>();
    private final ResultSpool spool = new ResultSpool();
    /** Files given as last year's that could not be read: told after the batch, counted as unreadable. */
    private final List<CheckedReport> unreadable = Collections.synchronizedList(new ArrayList<>());

    public CrossPhase(RuleBase rules, Policy policy, AgencyNames names, BigDecimal repeatedTextPercent, int threads) {
        this.rules = rules;
        this.policy = policy;
        this.names = names;
        this.repeatedTextPercent = repeatedTextPercent;
        this.threads = Math.max(1, threads);
    }

    /** Whether a batch needs the second phase: several reports, or last year's given, and a cross rule in force. */
    public static boolean needed(int reports, int previous, RuleBase rules, Policy policy) {
        return (reports > 1 || previous > 0) && rules.hasCrossRules(policy.disabled(), policy.requirements());
    }

    /** A report of the batch, just parsed (any thread). */
    public void parsed(String file, ReportFacts facts) {
        parsed.put(file, Digest.of(facts));
    }

    /** A report given as last year's only: paired with, never checked or printed (any thread). */
    public void previous(ReportFacts facts) {
        previous.add(Digest.of(facts));
    }

    /** A file given as last year's that could not be read (any thread). */
    public void unreadablePrevious(String file, String error) {
        unreadable.add(CheckedReport.failed(file, "上一年度的年报（--previous）无法读取：" + error));
    }

    /** A report's first-phase outcome, in input order. */
    public void checked(CheckedReport r) {
        order.add(r.error() == null ? parsed.get(r.file()) : null);
        spool.write(r);
    }

    /** Runs the cross-report rules and hands every outcome on to {@code deliver}, in input order. */
    public void finish(Consumer<CheckedReport> deliver) {
        List<Digest> checked = order.stream().filter(d -> d != null).toList();
        List<Digest> last;
        synchronized (previous) {
            Set<String> inBatch = checked.stream().map(Digest::file).collect(Collectors.toSet());
            last = previous.stream().filter(p -> !inBatch.contains(p.file())).toList();
        }
        List<CrossFacts> facts = CrossFacts.of(checked, last, names);
        List<Policy.Outcome> outcomes = evaluate(facts);
        int next = 0;
        for (Digest d : order) {
            CheckedReport r = spool.read();
            deliver.accept(d == null ? r : merged(r, outcomes.get(next++)));
        }
        synchronized (unreadable) {
            unreadable.forEach(deliver);
        }
    }

    /**
     * The cross-report findings of every report (null for none), with the config's policy applied, on
     * {@code threads} threads in parts of 64 reports.
     */
    private List<Policy.Outcome> evaluate(List<CrossFacts> all) {
        List<Callable<List<Policy.Outcome>>> parts = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 64) {
            List<CrossFacts> part = all.subList(from, Math.min(all.size(), from + 64));
            parts.add(() -> part.stream().map(this::outcome).toList());
        }
        List<Policy.Outcome> out = new ArrayList<>(all.size());
        Pool.all(threads, parts).forEach(out::addAll);
        return out;
    }

    private Policy.Outcome outcome(CrossFacts f) {
        List<Finding> found = rules.evaluateCross(f.facts(repeatedTextPercent), policy.disabled(),
                policy.requirements());
        return found.isEmpty() ? null : policy.apply(f.digest().file(), found);
    }

    private static CheckedReport merged(CheckedReport r, Policy.Outcome cross) {
        if (cross == null) {
            return r;
        }
        List<Finding> findings = new ArrayList<>(r.findings());
        findings.addAll(cross.active());
        findings.sort(Comparator.comparingInt(Finding::line));
        List<CheckedReport.Suppressed> suppressed = new ArrayList<>(r.suppressed());
        suppressed.addAll(cross.suppressed());
        return new CheckedReport(r.file(), r.agency(), r.year(), r.template(), findings, suppressed, r.error(),
                r.baselined(), r.view());
    }

    @Override
    public void close() {
        spool.close();
    }
}
