package org.xxgk.check.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.suite.api.SelectDirectories;
import org.xxgk.check.acceptance.AcceptanceTest;
import org.xxgk.check.cli.Main;

/**
 * The catalogue meta-test: the build fails when a rule lacks metadata or its feature, when a feature lacks a
 * 不应报告 or an 应报告 scenario, when a tag names no rule, or when the acceptance suite would not run every scenario.
 * {@link CatalogueSelfTest} shows that each of these checks can fail.
 */
class CatalogueTest {

    static final Path RULES = Path.of("rules");
    static final Path FEATURES = Path.of("features");

    @Test
    void everyRuleHasMetadataAndAFeatureWithBothScenarioKinds() throws IOException {
        List<String> problems = Catalogue.check(RULES, FEATURES);
        assertEquals(List.of(), problems, () -> "规则目录有问题：\n  " + String.join("\n  ", problems));
    }

    /**
     * Cucumber on the JUnit Platform fails open: a missing engine, a feature folder the suite does not select, or a
     * discovery error all end in 「Tests run: 0」 and a green build. So the suite is discovered here and its tests are
     * counted against the scenarios (pickles) of every feature file.
     */
    @Test
    void theAcceptanceSuiteRunsEveryScenario() throws IOException {
        List<String> issues = new ArrayList<>();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(AcceptanceTest.class))
                .listeners(new LauncherDiscoveryListener() {
                    @Override
                    public void issueEncountered(UniqueId engineId, DiscoveryIssue issue) {
                        if (issue.severity().compareTo(DiscoveryIssue.Severity.WARNING) >= 0) {
                            issues.add(issue.severity() + " " + issue.message());
                        }
                    }
                })
                .build();
        TestPlan plan = LauncherFactory.create().discover(request);
        long tests = 0;
        for (TestIdentifier root : plan.getRoots()) {
            tests += plan.getDescendants(root).stream().filter(TestIdentifier::isTest).count();
        }
        long scenarios = Catalogue.read(FEATURES).stream().mapToLong(f -> f.pickles().size()).sum();
        assertEquals(List.of(), issues, "发现验收用例时出现问题");
        assertTrue(scenarios > 0, "features/ 中没有场景");
        assertEquals(scenarios, tests, "AcceptanceTest 应运行 features/ 中的全部 " + scenarios + " 个场景");
    }

    /** A feature folder the suite does not select would silently not run; a .txt file in a selected one breaks it. */
    @Test
    void theSuiteSelectsEveryFeatureFolderAndNoTextFiles() throws IOException {
        Set<String> selected = new TreeSet<>(Arrays.asList(
                AcceptanceTest.class.getAnnotation(SelectDirectories.class).value()));
        Set<String> holding = new TreeSet<>();
        List<String> textFiles = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(FEATURES)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String dir = p.getParent().toString().replace('\\', '/');
                if (p.toString().endsWith(".feature")) {
                    holding.add(dir);
                }
                if (p.toString().endsWith(".txt") && selected.stream().anyMatch(s -> dir.equals(s) || dir.startsWith(s + "/"))) {
                    textFiles.add(p.toString());
                }
            }
        }
        assertTrue(selected.containsAll(holding),
                "AcceptanceTest 的 @SelectDirectories 应包含这些有 .feature 文件的文件夹：" + holding + "（现为 " + selected + "）");
        assertEquals(List.of(), textFiles, "所选文件夹中的 .txt 文件会被 Cucumber 当作重跑文件，请放到 features/fixtures/ 下");
    }

    /** {@code check rules --format markdown}: one row per rule, each linking to a feature that exists. */
    @Test
    void theMarkdownCatalogueLinksEveryRuleToItsFeature() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"rules", "--format", "markdown", "--rules", RULES.toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        Pattern row = Pattern.compile("^\\| ([A-Z0-9-]+) \\|.*\\| \\[\\1\\.feature]\\((features/[^)]+)\\) \\|$", Pattern.MULTILINE);
        Matcher m = row.matcher(out.toString());
        Set<String> linked = new TreeSet<>();
        while (m.find()) {
            linked.add(m.group(1));
            if (!Files.isRegularFile(Path.of(m.group(2)))) {
                fail("目录中 " + m.group(1) + " 的链接 " + m.group(2) + " 指向不存在的文件");
            }
        }
        Set<String> ids = new TreeSet<>();
        for (Catalogue.FeatureFile f : Catalogue.read(FEATURES)) {
            f.featureTags().stream().filter(t -> !Catalogue.SUITE_TAGS.contains(t)).forEach(t -> ids.add(t.substring(1)));
        }
        assertEquals(ids, linked, "Markdown 目录应为每条规则列出一行并链接到它的验收用例：\n" + out);
    }
}
