package org.xxgk.check.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.xxgk.check.engine.RuleBase;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.input.ReportInput;
import org.xxgk.check.parse.ReportParser;
import org.xxgk.check.template.Templates;

/**
 * What a batch would cost if reading reports were free: for {@code ./bench}, not for users (no command names it).
 * Reads and parses the given reports once, then runs the rules over their facts N times in a loop (session, insert,
 * fire, dispose: what {@link RuleBase#evaluate} does per report) and prints the loop's rate, after an untimed
 * warm-up of a quarter as many. With {@code --parse} it
 * times the parser instead (text already in memory, no rules), so the two halves of a report's cost can be set side
 * by side with a whole {@code check} run.
 *
 * <p>{@code java -cp xxgk-check.jar org.xxgk.check.cli.Floor [--parse] [-j THREADS] [-n REPORTS] FILE...}; prints
 * {@code floor engine|parse reports=N threads=T ms=M per_second=R}. The rules are those a check would use.
 */
public final class Floor {

    private Floor() {
    }

    public static void main(String[] args) throws Exception {
        boolean parseOnly = false;
        int threads = 1;
        int reports = 10_000;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--parse" -> parseOnly = true;
                case "-j" -> threads = Integer.parseInt(args[++i]);
                case "-n" -> reports = Integer.parseInt(args[++i]);
                default -> files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: Floor [--parse] [-j THREADS] [-n REPORTS] FILE...");
            System.exit(2);
        }
        ReportParser parser = new ReportParser(Templates.builtIn());
        List<String> texts = new ArrayList<>();
        List<ReportFacts> facts = new ArrayList<>();
        for (Path f : files) {
            String text = ReportInput.read(f);
            texts.add(text);
            facts.add(parser.parse(f.toString(), text));
        }
        RuleBase rules = parseOnly ? null : RuleBase.compile(RuleLocator.locate(null, org.xxgk.check.config.Config.none(), org.xxgk.check.config.TrustStore.standard()));
        AtomicLong found = new AtomicLong();
        boolean parse = parseOnly;
        Work work = k -> found.addAndGet(parse ? parser.parse(files.get(k).toString(), texts.get(k)).cells().size()
                : rules.evaluate(facts.get(k), Set.of()).size());
        // Untimed first: a quarter as many reports, so the JIT has compiled the loop before the clock starts.
        loop(threads, Math.max(reports / 4, 100), facts.size(), work);
        long start = System.nanoTime();
        loop(threads, reports, facts.size(), work);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "floor %s reports=%d threads=%d ms=%d per_second=%.0f (%d results)%n",
                parseOnly ? "parse" : "engine", reports, threads, ms, reports * 1000.0 / Math.max(ms, 1), found.get());
        System.exit(0);
    }

    /** One report's work; throws what the parser throws. */
    private interface Work {
        void run(int report) throws Exception;
    }

    /** {@code reports} runs of {@code work} over the inputs in turn, shared by {@code threads} threads. */
    private static void loop(int threads, int reports, int inputs, Work work) throws Exception {
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (long i = next.getAndIncrement(); i < reports; i = next.getAndIncrement()) {
                        work.run((int) (i % inputs));
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
