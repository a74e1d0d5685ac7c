package org.xxgk.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Step;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the province features (features/province/*.feature) with a small reading of their five steps, so that they
 * are tested even before the Cucumber suite's step definitions meet them. A step outside these five fails here:
 * match it to the suite's vocabulary (features/README.md) when the branches meet.
 */
class RulesProvinceFeatureTest {

    private static final Pattern SHOULD = Pattern.compile("应报告 (\\S+) 级别为\"(错误|警告|提示)\"位于第(\\d+)行");
    private static final Pattern SHOULD_NOT = Pattern.compile("不应报告 (\\S+)");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> provinceFeatures() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("features/province"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".feature")).sorted().toList()) {
                Feature feature = parse(file);
                String id = file.getFileName().toString().replace(".feature", "");
                tests.add(DynamicTest.dynamicTest(id + " 的格式", () -> shape(id, feature)));
                for (FeatureChild child : feature.getChildren()) {
                    child.getScenario().ifPresent(s ->
                            tests.add(DynamicTest.dynamicTest(id + ": " + s.getName(), () -> run(s))));
                }
            }
        }
        assertTrue(tests.size() > 1, "features/province holds features");
        return tests.stream();
    }

    private static Feature parse(Path file) throws IOException {
        List<Envelope> envelopes = GherkinParser.builder().includePickles(false).build().parse(file).toList();
        for (Envelope e : envelopes) {
            e.getParseError().ifPresent(err -> fail(file + ": " + err.getMessage()));
        }
        return envelopes.stream().flatMap(e -> e.getGherkinDocument().stream())
                .flatMap(d -> d.getFeature().stream()).findFirst().orElseThrow(() -> new AssertionError(file));
    }

    private static void shape(String id, Feature feature) {
        assertEquals("zh-CN", feature.getLanguage());
        assertTrue(feature.getTags().stream().anyMatch(t -> t.getName().equals("@" + id)), "tagged @" + id);
        List<String> thens = feature.getChildren().stream().flatMap(c -> c.getScenario().stream())
                .flatMap(s -> s.getSteps().stream()).map(Step::getText).toList();
        assertTrue(thens.stream().anyMatch(t -> SHOULD_NOT.matcher(t).matches()), "a 不应报告 scenario");
        assertTrue(thens.stream().anyMatch(t -> SHOULD.matcher(t).matches()), "an 应报告 scenario");
    }

    private void run(Scenario scenario) throws IOException {
        Path scenarioDir = Files.createTempDirectory(dir, "scenario");
        List<String> config = List.of();
        Path report = null;
        ConfigFixtures.Run result = null;
        for (Step step : scenario.getSteps()) {
            String text = step.getText();
            String doc = step.getDocString().map(d -> d.getContent()).orElse(null);
            if (text.equals("配置文件为：") && doc != null) {
                config = List.of("--config", ConfigFixtures.write(scenarioDir.resolve("xxgk.yaml"), doc).toString());
            } else if (text.equals("有一份年报：") && doc != null) {
                report = ConfigFixtures.write(scenarioDir.resolve("report.txt"), doc + "\n");
            } else if (text.equals("检查这份年报")) {
                List<String> args = new ArrayList<>(List.of("--rules", "rules", "--format", "json", "-j", "1"));
                args.addAll(config);
                args.add(String.valueOf(report));
                result = ConfigFixtures.run(args.toArray(String[]::new));
                assertTrue(result.code() == 0 || result.code() == 1, result.toString());
            } else if (SHOULD_NOT.matcher(text).matches()) {
                Matcher m = SHOULD_NOT.matcher(text);
                m.matches();
                String rule = m.group(1);
                List<String> found = ConfigFixtures.findings(result.json(), "findings");
                assertTrue(found.stream().noneMatch(f -> f.startsWith(rule + " ")), text + ": " + found);
            } else if (SHOULD.matcher(text).matches()) {
                Matcher m = SHOULD.matcher(text);
                m.matches();
                String severity = switch (m.group(2)) {
                    case "错误" -> "error";
                    case "警告" -> "warning";
                    default -> "info";
                };
                List<String> found = ConfigFixtures.findings(result.json(), "findings");
                assertTrue(found.contains(m.group(1) + " " + severity + " " + m.group(3)), text + ": " + found);
            } else {
                fail("未知的步骤“" + step.getKeyword() + text + "”：合并时请对应到测试套件的步骤词汇");
            }
        }
    }
}
