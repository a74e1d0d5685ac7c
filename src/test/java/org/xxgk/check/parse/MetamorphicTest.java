package org.xxgk.check.parse;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xxgk.check.Corpus;
import org.xxgk.check.engine.RuleBase;
import org.xxgk.check.engine.RuleSource;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.input.ReportInput;
import org.xxgk.check.input.ReportRenderer;
import org.xxgk.check.input.ReportText;
import org.xxgk.check.template.Templates;

/**
 * Metamorphic tests: what happens to a report on its way to the reviewer (a heading written another way, a crawler's
 * copy, a Markdown copy of a PDF, blank cells for zeros, a rendering to HTML, Word or PDF with a page break inside
 * table 三) changes how it is written, not what it says, so the findings must stay the same: the same rule ids with
 * the same expected and actual values (line numbers may move). A transformation that adds findings by design says
 * which rules (a variant heading is a SECTION-TITLE note).
 *
 * <p>The reports: the five samples, the two clean fixtures of the acceptance suite, and the text of the real PDF
 * reports in {@code ../shared/corpus/} where that folder is present.
 */
class MetamorphicTest {

    private static final ReportParser PARSER = new ReportParser(Templates.builtIn());
    private static RuleBase rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleBase.compile(RuleSource.fromDirectory(Path.of("rules")));
    }

    /** The reports the suite transforms: name → text. */
    static Map<String, String> reports() throws Exception {
        Map<String, String> reports = new LinkedHashMap<>();
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path p : samples.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                reports.put(p.toString(), Files.readString(p));
            }
        }
        for (String f : List.of("features/fixtures/2024-clean.txt", "features/fixtures/2020-clean.txt")) {
            reports.put(f, Files.readString(Path.of(f)));
        }
        if (Files.isDirectory(Corpus.DIR)) {
            try (Stream<Path> pdfs = Files.list(Corpus.DIR)) {
                for (Path p : pdfs.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                    reports.put(p.toString(), ReportInput.load(p).text());
                }
            }
        }
        return reports;
    }

    @TestFactory
    Stream<DynamicTest> findingsSurviveTheTransformations() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> report : reports().entrySet()) {
            for (Transformations.Transformation t : Transformations.textual()) {
                tests.add(DynamicTest.dynamicTest(report.getKey() + " × " + t.name(),
                        () -> check(report.getKey(), report.getValue(), t)));
            }
        }
        return tests.stream();
    }

    /**
     * The report rendered as it is written into an HTML page, a Word document and a PDF, each with a page break
     * inside table 三 (its header rows repeated on the next page) and a page number at the foot of each page, and
     * read back as the checker reads such files.
     */
    @TestFactory
    Stream<DynamicTest> findingsSurviveRenderingWithAPageBreakInTable3() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> report : reports().entrySet()) {
            for (ReportRenderer.Kind kind : ReportRenderer.Kind.values()) {
                Transformations.Transformation t = new Transformations.Transformation(
                        "排成" + kind + "（第三部分表格中间分页，页脚有页码）", (text, facts) -> text, Set.of());
                tests.add(DynamicTest.dynamicTest(report.getKey() + " × " + t.name(), () -> {
                    ReportFacts before = PARSER.parse(report.getKey(), report.getValue());
                    byte[] bytes = ReportRenderer.render(kind, List.of(report.getValue().split("\\R", -1)),
                            ReportRenderer.Options.PAGED);
                    Path file = Files.createTempDirectory("metamorphic").resolve(kind.fileName());
                    try {
                        Files.write(file, bytes);
                        ReportText text = ReportInput.load(file);
                        compare(report.getKey(), t, before, PARSER.parse(report.getKey(), text), text.text());
                    } finally {
                        Files.deleteIfExists(file);
                        Files.deleteIfExists(file.getParent());
                    }
                }));
            }
        }
        return tests.stream();
    }

    /** A transformation that changes no report would prove nothing: each must change most of them. */
    @TestFactory
    Stream<DynamicTest> everyTransformationChangesTheReports() throws Exception {
        Map<String, String> reports = reports();
        return Transformations.textual().stream().map(t -> DynamicTest.dynamicTest(t.name(), () -> {
            List<String> unchanged = new ArrayList<>();
            for (Map.Entry<String, String> r : reports.entrySet()) {
                if (t.change().apply(r.getValue(), PARSER.parse(r.getKey(), r.getValue())).equals(r.getValue())) {
                    unchanged.add(r.getKey());
                }
            }
            if (unchanged.size() * 2 > reports.size()) {
                fail(t.name() + " 没有改动这些年报：" + unchanged);
            }
        }));
    }

    private static void check(String name, String text, Transformations.Transformation t) throws Exception {
        ReportFacts before = PARSER.parse(name, text);
        String changed = t.change().apply(text, before);
        ReportFacts after = PARSER.parse(name, changed);
        compare(name, t, before, after, changed);
    }

    /** Compares the findings; a failure names the report, the transformation and the difference. */
    static void compare(String name, Transformations.Transformation t, ReportFacts before, ReportFacts after,
                        String changed) {
        List<String> a = findings(before, t.mayAdd());
        List<String> b = findings(after, t.mayAdd());
        if (a.equals(b)) {
            return;
        }
        List<String> lost = new ArrayList<>(a);
        b.forEach(lost::remove);
        List<String> added = new ArrayList<>(b);
        a.forEach(added::remove);
        boolean mismatchInstead = !lost.isEmpty() && lost.stream().allMatch(f -> t.mayLose().contains(f.split(" ")[0]))
                && !added.isEmpty() && added.stream().allMatch(f -> f.startsWith("TABLE-DIGITS-MISMATCH "));
        if (mismatchInstead) {
            return;
        }
        fail(name + " × " + t.name() + "：结果变了\n  只在原文中：" + lost + "\n  只在变换后：" + added
                + "\n  变换后的文本开头：" + changed.substring(0, Math.min(300, changed.length())).replace('\n', '⏎'));
    }

    /** 「RULE expected→actual」 of every finding, sorted, without the rules a transformation may add. */
    static List<String> findings(ReportFacts facts, Set<String> mayAdd) {
        List<String> out = new ArrayList<>();
        for (Finding f : rules.evaluate(facts, Set.of())) {
            if (!mayAdd.contains(f.rule())) {
                out.add(f.rule() + " " + f.expected() + "→" + f.actual());
            }
        }
        out.sort(null);
        return out;
    }
}
