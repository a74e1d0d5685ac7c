package org.xxgk.check.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.check.engine.RuleBase;
import org.xxgk.check.engine.RuleInfo;
import org.xxgk.check.engine.RuleSource;
import org.xxgk.check.engine.RulesException;

/**
 * The meta-test can fail: on a scratch copy of {@code features/} (the real files are never touched), removing any one
 * rule's feature, or every scenario of one kind from it, or adding a tag that names no rule, makes
 * {@link Catalogue#check} report it; rule files with missing metadata, a wrong file name or a duplicate id do too.
 */
class CatalogueSelfTest {

    private static List<RuleInfo> rules;

    @BeforeAll
    static void compileRules() throws IOException, RulesException {
        rules = RuleBase.compile(RuleSource.fromDirectory(CatalogueTest.RULES)).rules();
    }

    static List<String> ruleIds() throws IOException, RulesException {
        compileRules();
        return rules.stream().map(RuleInfo::id).toList();
    }

    @Test
    void theUntouchedCopyIsWhole(@TempDir Path dir) throws IOException {
        Path features = copyFeatures(dir);
        assertEquals(List.of(), Catalogue.check(rules, features));
    }

    @ParameterizedTest(name = "删去 {0} 的验收用例")
    @MethodSource("ruleIds")
    void removingARulesFeatureFails(String id, @TempDir Path dir) throws IOException {
        Path features = copyFeatures(dir);
        Files.delete(featureOf(id, features));
        List<String> problems = Catalogue.check(rules, features);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("规则 " + id + " 没有验收用例")), problems::toString);
    }

    @ParameterizedTest(name = "删去 {0} 的“不应报告”场景")
    @MethodSource("ruleIds")
    void removingThePassingScenariosFails(String id, @TempDir Path dir) throws IOException {
        Path features = copyFeatures(dir);
        removeScenarios(featureOf(id, features), name -> name.startsWith(Catalogue.PASS));
        List<String> problems = Catalogue.check(rules, features);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("规则 " + id + " 的验收用例")
                && p.contains("没有“不应报告”场景")), problems::toString);
    }

    @ParameterizedTest(name = "删去 {0} 的“应报告”场景")
    @MethodSource("ruleIds")
    void removingTheFailingScenariosFails(String id, @TempDir Path dir) throws IOException {
        Path features = copyFeatures(dir);
        removeScenarios(featureOf(id, features), name -> name.startsWith(Catalogue.FAIL));
        List<String> problems = Catalogue.check(rules, features);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("规则 " + id + " 的验收用例")
                && p.contains("没有“应报告”场景")), problems::toString);
    }

    @Test
    void aTagThatNamesNoRuleFails(@TempDir Path dir) throws IOException {
        Path features = copyFeatures(dir);
        Path file = featureOf("TABLE-ROW-TOTAL", features);
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("\n  场景:", "\n  @TABLE-ROW-TOTALS\n  场景:"));
        List<String> problems = Catalogue.check(rules, features);
        assertEquals(List.of("features/tables/TABLE-ROW-TOTAL.feature 的标签 @TABLE-ROW-TOTALS 不是任何规则的 id"), problems);
    }

    @Test
    void aFeatureTaggedWithAnotherRulesIdFails(@TempDir Path dir) throws IOException {
        Path features = copyFeatures(dir);
        Path file = featureOf("TABLE-SUBTOTAL", features);
        Files.writeString(file, Files.readString(file).replaceFirst("@TABLE-SUBTOTAL\n", "@TABLE-ROW-TOTAL\n"));
        List<String> problems = Catalogue.check(rules, features);
        assertTrue(problems.contains("features/tables/TABLE-SUBTOTAL.feature 的功能标签为 @TABLE-ROW-TOTAL，"
                + "但规则 TABLE-ROW-TOTAL 的验收用例应是 features/tables/TABLE-ROW-TOTAL.feature"), problems::toString);
        assertTrue(problems.contains("features/tables/TABLE-SUBTOTAL.feature 的功能缺少标签 @TABLE-SUBTOTAL"), problems::toString);
    }

    @Test
    void aScenarioNamedAsTheWrongKindFails(@TempDir Path dir) throws IOException {
        Path features = copyFeatures(dir);
        Path file = featureOf("TABLE-BALANCE", features);
        Files.writeString(file, Files.readString(file).replace("场景: 不应报告：各列勾稽关系都成立", "场景: 应报告：各列勾稽关系都成立"));
        List<String> problems = Catalogue.check(rules, features);
        assertEquals(List.of("features/tables/TABLE-BALANCE.feature 场景“应报告：各列勾稽关系都成立”是“应报告”场景，"
                + "但没有“应报告 TABLE-BALANCE 级别为…位于第…行”一步"), problems);
    }

    @Test
    void aScenarioOfNeitherKindFails(@TempDir Path dir) throws IOException {
        Path features = copyFeatures(dir);
        Path file = featureOf("TABLE-BALANCE", features);
        Files.writeString(file, Files.readString(file).replace("场景: 不应报告：各列勾稽关系都成立", "场景: 各列勾稽关系都成立"));
        List<String> problems = Catalogue.check(rules, features);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).endsWith(" 场景“各列勾稽关系都成立”的名称应以“不应报告”或“应报告”开头"), problems::toString);
    }

    @Test
    void aFeatureThatDoesNotQuoteItsBasisFails(@TempDir Path dir) throws IOException {
        Path features = copyFeatures(dir);
        Path file = featureOf("META-YEAR", features);
        Files.writeString(file, Files.readString(file).replace("  依据：", "  见"));
        List<String> problems = Catalogue.check(rules, features);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("features/meta/META-YEAR.feature 的功能说明应引用规则的依据"), problems::toString);
    }

    @Test
    void aFeatureInAnotherLanguageFails(@TempDir Path dir) throws IOException {
        Path features = copyFeatures(dir);
        Path file = featureOf("TABLE-BALANCE", features);
        Files.writeString(file, Files.readString(file).replace("# language: zh-CN\n", ""));
        List<String> problems = Catalogue.check(rules, features);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("features/tables/TABLE-BALANCE.feature 无法解析")),
                problems::toString);
    }

    @Test
    void ruleFilesWithoutMetadataOrWithAWrongNameOrADuplicateIdFail(@TempDir Path dir) throws IOException {
        Path rulesDir = dir.resolve("rules");
        drl(rulesDir.resolve("tables/NO-METADATA.drl"), "rules.tables", "NO-METADATA", "");
        drl(rulesDir.resolve("tables/WRONG-NAME.drl"), "rules.tables", "WRONG-NAME",
                "@id(\"RIGHT-NAME\") @severity(\"error\") @title(\"t\") @basis(\"b\")");
        drl(rulesDir.resolve("meta/TWICE.drl"), "rules.meta", "TWICE",
                "@id(\"TWICE\") @severity(\"error\") @title(\"t\") @basis(\"b\")");
        drl(rulesDir.resolve("tables/TWICE.drl"), "rules.tables", "TWICE",
                "@id(\"TWICE\") @severity(\"error\") @title(\"t\") @basis(\"b\")");
        List<String> problems = Catalogue.check(rulesDir, CatalogueTest.FEATURES);
        for (String expected : List.of("缺少元数据 @id", "缺少元数据 @severity", "缺少元数据 @title", "缺少元数据 @basis",
                "文件名应为 RIGHT-NAME.drl", "规则 id TWICE 重复")) {
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("规则文件有错误：") && p.contains(expected)),
                    () -> "应报告“" + expected + "”：" + problems);
        }
    }

    // ---- helpers ----

    private static void drl(Path file, String pkg, String name, String metadata) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package %s;

                import org.xxgk.check.fact.Report;

                global org.xxgk.check.engine.Findings findings;

                rule "%s"
                    %s
                when
                    $r : Report()
                then
                    findings.report( kcontext, $r.titleLine(), "x" );
                end
                """.formatted(pkg, name, metadata));
    }

    private static Path featureOf(String id, Path features) {
        RuleInfo rule = rules.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        return features.getParent().resolve(Catalogue.featurePath(rule));
    }

    /** A copy of the project's feature files in {@code dir/features}. */
    private static Path copyFeatures(Path dir) throws IOException {
        Path target = dir.resolve("features");
        try (Stream<Path> walk = Files.walk(CatalogueTest.FEATURES)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".feature")).toList()) {
                Path to = target.resolve(CatalogueTest.FEATURES.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        return target;
    }

    /** Deletes the scenarios (with their tags, steps and examples) whose name passes {@code test}. */
    private static void removeScenarios(Path file, Predicate<String> test) throws IOException {
        List<String> lines = new ArrayList<>(List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)));
        List<long[]> starts = new ArrayList<>(); // {first line, remove?}
        try (Stream<Envelope> envelopes = GherkinParser.builder().includeSource(false).includePickles(false).build()
                .parse(file)) {
            envelopes.forEach(e -> e.getGherkinDocument().flatMap(d -> d.getFeature()).ifPresent(f -> {
                for (FeatureChild child : f.getChildren()) {
                    child.getBackground().ifPresent(b -> starts.add(new long[] {b.getLocation().getLine(), 0}));
                    child.getScenario().ifPresent(s -> starts.add(new long[] {firstLine(s), test.test(s.getName()) ? 1 : 0}));
                    child.getRule().ifPresent(r -> {
                        throw new UncheckedIOException(new IOException("规则块（规则:）不在本测试的范围内"));
                    });
                }
            }));
        }
        for (int i = starts.size() - 1; i >= 0; i--) {
            if (starts.get(i)[1] == 0) {
                continue;
            }
            int from = (int) starts.get(i)[0] - 1;
            int to = i + 1 < starts.size() ? (int) starts.get(i + 1)[0] - 1 : lines.size();
            lines.subList(from, to).clear();
        }
        Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
    }

    private static long firstLine(Scenario s) {
        return Math.min(s.getLocation().getLine(),
                s.getTags().stream().mapToLong(t -> t.getLocation().getLine()).min().orElse(Long.MAX_VALUE));
    }
}
