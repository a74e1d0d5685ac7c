package org.xxgk.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.check.engine.RuleBase;
import org.xxgk.check.engine.RuleSource;
import org.xxgk.check.engine.RulesException;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.input.ReportInput;
import org.xxgk.check.parse.ReportParser;
import org.xxgk.check.template.Templates;

/**
 * The model compiled into the build (process-classes, before the tests run): used for the rule texts it was made
 * from, and for nothing else. An edited rule must never be served by the stale model.
 */
class BundledModelTest {

    @TempDir
    Path dir;

    @Test
    void unchangedRulesUseTheBundledModelWhereverTheyLie() throws IOException, RulesException {
        assertEquals(RuleBase.Provenance.BUNDLED, RuleBase.compile(RuleSource.fromDirectory(Path.of("rules")))
                .provenance());
        assertEquals(RuleBase.Provenance.BUNDLED, RuleBase.compile(RuleSource.bundled()).provenance());
        RuleBase copy = RuleBase.compile(RuleSource.fromDirectory(ConfigFixtures.copyOfRules(dir)));
        assertEquals(RuleBase.Provenance.BUNDLED, copy.provenance());
        assertEquals(dir.resolve("rules").toString(), copy.origin());
    }

    @Test
    void anEditedRuleIsCompiledAndTheEditTakesEffect() throws Exception {
        Path rules = ConfigFixtures.copyOfRules(dir);
        Path drl = rules.resolve("narrative/FEE-STATEMENT-MISSING.drl");
        Files.writeString(drl, Files.readString(drl).replace("@severity(\"error\")", "@severity(\"warning\")"));
        RuleBase compiled = RuleBase.compile(RuleSource.fromDirectory(rules));
        assertEquals(RuleBase.Provenance.COMPILED, compiled.provenance());
        assertEquals(List.of("64 FEE-STATEMENT-MISSING warning"), levels(findings(compiled, "2024-dawukou-emergency-bureau.txt")));
        RuleBase bundled = RuleBase.compile(RuleSource.fromDirectory(Path.of("rules")));
        assertEquals(List.of("64 FEE-STATEMENT-MISSING error"), levels(findings(bundled, "2024-dawukou-emergency-bureau.txt")));
    }

    @Test
    void aCommentAddedToARuleIsAnEditToo() throws Exception {
        Path rules = ConfigFixtures.copyOfRules(dir);
        Files.writeString(rules.resolve("tables/TABLE-ROW-TOTAL.drl"), "// 审核意见：保留\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(RuleBase.Provenance.COMPILED, RuleBase.compile(RuleSource.fromDirectory(rules)).provenance());
    }

    /** The same rule texts, bundled or compiled now, find the same on every sample. */
    @Test
    void theBundledModelFindsWhatACompileFinds() throws Exception {
        RuleBase bundled = RuleBase.compile(RuleSource.fromDirectory(Path.of("rules")));
        Path rules = ConfigFixtures.copyOfRules(dir);
        // A new file name that holds no rule changes the fingerprint and nothing else.
        Files.writeString(rules.resolve("meta/README.drl"), "package rules.meta;\n");
        RuleBase compiled = RuleBase.compile(RuleSource.fromDirectory(rules));
        assertEquals(RuleBase.Provenance.COMPILED, compiled.provenance());
        assertEquals(bundled.rules(), compiled.rules());
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path sample : samples.sorted().toList()) {
                assertEquals(findings(compiled, sample.getFileName().toString()),
                        findings(bundled, sample.getFileName().toString()), sample.toString());
            }
        }
    }

    private static List<Finding> findings(RuleBase rules, String sample) throws Exception {
        Path file = Path.of("samples", sample);
        ReportFacts facts = new ReportParser(Templates.builtIn()).parse(file.toString(), ReportInput.read(file));
        return rules.evaluate(facts, Set.of());
    }

    private static List<String> levels(List<Finding> findings) {
        return findings.stream().map(f -> f.line() + " " + f.rule() + " " + f.severity().id()).toList();
    }
}
