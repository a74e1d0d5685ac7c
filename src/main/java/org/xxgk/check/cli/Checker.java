package org.xxgk.check.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.xxgk.check.config.Policy;
import org.xxgk.check.engine.RuleBase;
import org.xxgk.check.fact.Report;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.input.InputException;
import org.xxgk.check.input.ReportInput;
import org.xxgk.check.input.ReportText;
import org.xxgk.check.parse.ReportParser;

/**
 * parse → facts → rules → findings → the config's policy (severities, suppressions), for one report or a batch on
 * every core.
 */
final class Checker {

    private final ReportParser parser;
    private final RuleBase rules;
    private final Policy policy;
    /** Whether each outcome carries the report's text and cells for the annotated view (costs memory). */
    private final boolean views;
    /** Told of each report's facts right after parsing (the cross-report phase keeps a digest), or null. */
    private final BiConsumer<String, ReportFacts> parsed;

    Checker(ReportParser parser, RuleBase rules, Policy policy) {
        this(parser, rules, policy, false);
    }

    Checker(ReportParser parser, RuleBase rules, Policy policy, boolean views) {
        this(parser, rules, policy, views, null);
    }

    Checker(ReportParser parser, RuleBase rules, Policy policy, boolean views, BiConsumer<String, ReportFacts> parsed) {
        this.parser = parser;
        this.rules = rules;
        this.policy = policy;
        this.views = views;
        this.parsed = parsed;
    }

    CheckedReport check(Path file) {
        String name = file.toString();
        try {
            ReportText text = ReportInput.load(file);
            ReportFacts facts = parser.parse(name, text);
            if (parsed != null) {
                parsed.accept(name, facts);
            }
            Report r = facts.report();
            List<Finding> findings = rules.evaluate(facts, policy.disabled(), policy.requirements());
            Policy.Outcome outcome = policy.apply(name, findings);
            CheckedReport checked = new CheckedReport(name, r.agency(), r.year(), r.template(), outcome.active(),
                    outcome.suppressed(), null);
            return views ? checked.withView(ReportViews.of(text, facts)) : checked;
        } catch (InputException e) {
            return CheckedReport.failed(name, e.getMessage());
        }
    }

    /** Checks every file, in parallel on {@code threads} threads; results keep the input order. */
    List<CheckedReport> checkAll(List<Path> files, int threads) {
        List<CheckedReport> results = new ArrayList<>();
        checkAll(files, threads, results::add);
        return results;
    }

    /**
     * Checks every file, in parallel on {@code threads} threads, and hands each outcome to {@code each} in input
     * order, as soon as it and all before it are done.
     */
    void checkAll(List<Path> files, int threads, Consumer<CheckedReport> each) {
        if (files.size() <= 1 || threads <= 1) {
            files.forEach(f -> each.accept(check(f)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()));
        try {
            List<Future<CheckedReport>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> check(f)));
            }
            for (Future<CheckedReport> f : futures) {
                each.accept(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
