package org.xxgk.check.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;

import org.xxgk.check.config.Policy;
import org.xxgk.check.engine.RuleBase;
import org.xxgk.check.engine.RuleRunException;
import org.xxgk.check.fact.Report;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.finding.ReportView;
import org.xxgk.check.input.InputException;
import org.xxgk.check.input.InputLimits;
import org.xxgk.check.input.ReportInput;
import org.xxgk.check.input.ReportText;
import org.xxgk.check.parse.ReportParser;

/**
 * read → parse → rules → the config's policy (severities, suppressions), for one report. Whatever goes wrong with
 * a report, an exception of any kind, a rule that throws or fires without end, memory running out in its parse,
 * becomes that report's one-line error: nothing one report does stops the others ({@link Runner} runs them).
 */
final class Checker implements Runner.Work {

    /**
     * What one report may cost.
     *
     * @param input      file size and text length
     * @param timeout    the longest one report may take
     * @param maxFirings the most rule firings for one report
     */
    record RunLimits(InputLimits input, Duration timeout, int maxFirings) {

        static final RunLimits DEFAULT = new RunLimits(InputLimits.DEFAULT, Duration.ofSeconds(10),
                RuleBase.MAX_FIRINGS);
    }

    /** The stages of a report's check, named in a time-out message. */
    enum Stage {
        WAITING("等待"), READING("读取文件"), PARSING("解析年报"), RULES("运行规则");

        final String chinese;

        Stage(String chinese) {
            this.chinese = chinese;
        }
    }

    /** Where one report's check has got to: read by the watchdog when its time is up. */
    static final class Progress {
        volatile Stage stage = Stage.WAITING;
    }

    private final ReportParser parser;
    private final RuleBase rules;
    private final Policy policy;
    private final RunLimits limits;
    /** Whether each outcome carries the report's text and cells for the annotated view (costs memory). */
    private final boolean views;
    /** Told of each report's facts right after parsing (the cross-report phase keeps a digest), or null. */
    private final BiConsumer<String, ReportFacts> parsed;

    Checker(ReportParser parser, RuleBase rules, Policy policy, RunLimits limits) {
        this(parser, rules, policy, limits, false);
    }

    Checker(ReportParser parser, RuleBase rules, Policy policy, RunLimits limits, boolean views) {
        this(parser, rules, policy, limits, views, null);
    }

    /**
     * @param parsed told of each report's facts right after parsing (the cross-report phase keeps a digest), or null
     */
    Checker(ReportParser parser, RuleBase rules, Policy policy, RunLimits limits, boolean views,
            BiConsumer<String, ReportFacts> parsed) {
        this.parser = parser;
        this.rules = rules;
        this.policy = policy;
        this.limits = limits;
        this.views = views;
        this.parsed = parsed;
    }

    @Override
    public Duration timeout() {
        return limits.timeout();
    }

    /** Checks one report on this thread; never throws. */
    @Override
    public CheckedReport check(Path file, Progress progress) {
        String name = file.toString();
        try {
            progress.stage = Stage.READING;
            ReportText text = ReportInput.load(file, limits.input());
            progress.stage = Stage.PARSING;
            ReportFacts facts = parser.parse(name, text);
            if (parsed != null) {
                parsed.accept(name, facts);
            }
            ReportView view = views ? ReportViews.of(text, facts) : null;
            text = null; // the parse holds what it needs; the text can go before the rules run
            Report r = facts.report();
            progress.stage = Stage.RULES;
            List<Finding> findings = rules.evaluate(facts, policy.disabled(), policy.requirements(),
                    limits.maxFirings());
            Policy.Outcome outcome = policy.apply(name, findings);
            CheckedReport checked = new CheckedReport(name, r.agency(), r.year(), r.template(), outcome.active(),
                    outcome.suppressed(), null);
            return view == null ? checked : checked.withView(view);
        } catch (InputException | RuleRunException e) {
            return CheckedReport.failed(name, e.getMessage());
        } catch (CancellationException e) {
            return CheckedReport.failed(name, timedOut(progress.stage));
        } catch (OutOfMemoryError e) {
            // What the report's check allocated is garbage once this frame is left; the batch goes on.
            return CheckedReport.failed(name, progress.stage == Stage.RULES
                    ? "运行规则时内存不足，未检查：多半是某条规则插入了过多事实，请检查规则"
                    : "内存不足（在“" + progress.stage.chinese + "”阶段）：这个文件异常大或结构异常，未检查；"
                    + "确是年报时可调大内存（XXGK_JAVA_OPTS=-Xmx1g）");
        } catch (StackOverflowError e) {
            return CheckedReport.failed(name, "文件结构嵌套过深（在“" + progress.stage.chinese + "”阶段），未检查");
        } catch (Throwable e) {
            return CheckedReport.failed(name, "检查器内部错误（在“" + progress.stage.chinese + "”阶段："
                    + RuleRunException.describe(e) + "），未检查；请把这个文件交给维护者");
        }
    }

    /** The error of a report whose time ran out. */
    @Override
    public String timedOut(Stage stage) {
        return "检查超时：超过 " + seconds(limits.timeout()) + "，停在“" + stage.chinese + "”阶段，未检查；"
                + "可用 --timeout 放宽时限";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " 秒" : d.toMillis() + " 毫秒";
    }
}
