package org.xxgk.check.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.xxgk.check.config.Config;
import org.xxgk.check.cross.CrossPhase;
import org.xxgk.check.cross.Pool;
import org.xxgk.check.input.InputException;
import org.xxgk.check.input.ReportInput;
import org.xxgk.check.parse.ReportParser;
import org.xxgk.check.template.Templates;

/**
 * Opens a batch's cross-report phase when it needs one (several reports, or {@code --previous}, and a cross-report
 * rule in force), with last year's reports given by {@code --previous} already parsed into it.
 */
final class CrossRun {

    private CrossRun() {
    }

    /** The phase, or null when the batch needs none (its output then streams as before). */
    static CrossPhase open(CheckOptions o, Config config, RuleSet ruleSet, ReportParser parser, int reports)
            throws IOException {
        List<Path> previous = o.previous.isEmpty() ? List.of() : Inputs.expand(o.previous);
        if (!CrossPhase.needed(reports, previous.size(), ruleSet.rules(), ruleSet.policy())) {
            return null;
        }
        CrossPhase phase = new CrossPhase(ruleSet.rules(), ruleSet.policy(), Templates.builtIn().agencyNames(),
                config.repeatedTextPercent(), o.jobs);
        parse(previous, parser, phase, o.jobs);
        return phase;
    }

    /** Parses last year's reports on {@code threads} threads into the phase. */
    static void parse(List<Path> files, ReportParser parser, CrossPhase phase, int threads) {
        List<Callable<Void>> tasks = new ArrayList<>();
        for (Path f : files) {
            tasks.add(() -> {
                try {
                    phase.previous(parser.parse(f.toString(), ReportInput.load(f)));
                } catch (InputException e) {
                    phase.unreadablePrevious(f.toString(), e.getMessage());
                }
                return null;
            });
        }
        Pool.all(threads, tasks);
    }
}
