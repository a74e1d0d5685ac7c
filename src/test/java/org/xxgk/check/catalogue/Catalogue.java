package org.xxgk.check.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Tag;
import org.xxgk.check.engine.RuleBase;
import org.xxgk.check.engine.RuleError;
import org.xxgk.check.engine.RuleInfo;
import org.xxgk.check.engine.RuleSource;
import org.xxgk.check.engine.RulesException;

/**
 * The rule catalogue's rules, checked against the rule files and the features (AllChecksTest in the manner of
 * Checkstyle). {@link #check} returns every problem as a Chinese sentence; an empty list means the catalogue is whole.
 *
 * <ul>
 *   <li>Every rule compiles with quoted {@code @id @severity @title @basis}, its file is named after its {@code @id}
 *       and no two rules share an id ({@link RuleBase#compile} refuses such a folder; its errors become problems).</li>
 *   <li>Every rule has {@code features/<category>/<ID>.feature}, tagged {@code @<ID>} on its 功能 line, in
 *       {@code # language: zh-CN}, whose description quotes the rule's basis (「依据：」 and the {@code @basis} text).</li>
 *   <li>Scenario kinds are told by the scenario's name: a name starting 「不应报告」 is a passing scenario and must have a
 *       step 「不应报告 ID」 or 「不应报告任何问题」; a name starting 「应报告」 is a failing scenario and must have a step
 *       「应报告 ID 级别为…」. Every scenario of a rule's feature is one of the two, and each kind occurs at least
 *       once.</li>
 *   <li>Every tag names an existing rule ({@code @TABLE-ROW-TOTAL}) or is one of {@link #SUITE_TAGS}; every feature
 *       carries a rule tag or a suite tag.</li>
 * </ul>
 */
final class Catalogue {

    /** Tags that are not rule ids: {@code @cli} marks the features of the command itself. */
    static final Set<String> SUITE_TAGS = Set.of("@cli");
    /** The prefix of a passing scenario's name. */
    static final String PASS = "不应报告";
    /** The prefix of a failing scenario's name. */
    static final String FAIL = "应报告";

    private static final Pattern RULE_TAG = Pattern.compile("@[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*");

    private Catalogue() {
    }

    /** One parsed feature file. */
    record FeatureFile(String path, String language, String description, List<String> featureTags, Set<String> allTags,
                       List<ScenarioInfo> scenarios, List<Pickle> pickles, List<String> errors) {
    }

    /** A scenario (or outline) as written: its name and first line. */
    record ScenarioInfo(String name, long line) {
    }

    /** The problems of the rule folder and the features folder; empty when the catalogue is whole. */
    static List<String> check(Path rulesDir, Path featuresDir) throws IOException {
        List<String> problems = new ArrayList<>();
        List<RuleInfo> rules;
        try {
            rules = RuleBase.compile(RuleSource.fromDirectory(rulesDir)).rules();
        } catch (RulesException e) {
            for (RuleError error : e.errors()) {
                problems.add("规则文件有错误：" + error);
            }
            return problems;
        }
        problems.addAll(check(rules, featuresDir));
        return problems;
    }

    /** The problems of the features folder against a rule catalogue. */
    static List<String> check(List<RuleInfo> rules, Path featuresDir) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, RuleInfo> byTag = new TreeMap<>();
        for (RuleInfo r : rules) {
            byTag.put("@" + r.id(), r);
        }
        Map<String, FeatureFile> features = new TreeMap<>();
        for (FeatureFile f : read(featuresDir)) {
            features.put(f.path(), f);
            problems.addAll(f.errors());
            if (!f.errors().isEmpty()) {
                continue;
            }
            if (!"zh-CN".equals(f.language())) {
                problems.add(f.path() + " 应以“# language: zh-CN”开头（现为 " + f.language() + "）");
            }
            for (String tag : f.allTags()) {
                if (!byTag.containsKey(tag) && !SUITE_TAGS.contains(tag)) {
                    problems.add(f.path() + " 的标签 " + tag + " 不是任何规则的 id"
                            + (RULE_TAG.matcher(tag).matches() ? "" : "，也不是 " + String.join("、", SUITE_TAGS)));
                }
            }
            List<String> ruleTags = f.featureTags().stream().filter(byTag::containsKey).toList();
            if (ruleTags.isEmpty() && f.featureTags().stream().noneMatch(SUITE_TAGS::contains)) {
                problems.add(f.path() + " 的功能没有规则标签（如 @TABLE-ROW-TOTAL），也没有 " + String.join("、", SUITE_TAGS));
            }
            for (String tag : ruleTags) {
                String expected = featurePath(byTag.get(tag));
                if (!f.path().equals(expected)) {
                    problems.add(f.path() + " 的功能标签为 " + tag + "，但规则 " + tag.substring(1) + " 的验收用例应是 " + expected);
                }
            }
        }
        for (RuleInfo rule : rules) {
            String path = featurePath(rule);
            FeatureFile f = features.get(path);
            if (f == null) {
                problems.add("规则 " + rule.id() + " 没有验收用例：应有 " + path + "（功能标签 @" + rule.id() + "）");
                continue;
            }
            if (!f.errors().isEmpty()) {
                continue;
            }
            if (!f.featureTags().contains("@" + rule.id())) {
                problems.add(path + " 的功能缺少标签 @" + rule.id());
            }
            if (!compact(f.description()).contains(compact("依据：" + rule.basis()))) {
                problems.add(path + " 的功能说明应引用规则的依据：“依据：" + rule.basis() + "”");
            }
            problems.addAll(kinds(rule.id(), f));
        }
        return problems;
    }

    private static String compact(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }

    /** Where a rule's feature lives: {@code features/tables/TABLE-ROW-TOTAL.feature}. */
    static String featurePath(RuleInfo rule) {
        return "features/" + (rule.category().isEmpty() ? "" : rule.category() + "/") + rule.id() + ".feature";
    }

    private static List<String> kinds(String id, FeatureFile f) {
        List<String> problems = new ArrayList<>();
        for (ScenarioInfo s : f.scenarios()) {
            if (!s.name().startsWith(PASS) && !s.name().startsWith(FAIL)) {
                problems.add(f.path() + ":" + s.line() + " 场景“" + s.name() + "”的名称应以“" + PASS + "”或“" + FAIL + "”开头");
            }
        }
        boolean pass = false;
        boolean fail = false;
        Set<String> reported = new LinkedHashSet<>();
        for (Pickle p : f.pickles()) {
            List<String> steps = p.getSteps().stream().map(PickleStep::getText).toList();
            if (p.getName().startsWith(PASS)) {
                pass = true;
                if (steps.stream().noneMatch(t -> t.equals(PASS + " " + id) || t.equals(PASS + "任何问题"))) {
                    reported.add(f.path() + " 场景“" + p.getName() + "”是“" + PASS + "”场景，但没有“" + PASS + " " + id
                            + "”或“" + PASS + "任何问题”一步");
                }
            } else if (p.getName().startsWith(FAIL)) {
                fail = true;
                if (steps.stream().noneMatch(t -> t.startsWith(FAIL + " " + id + " "))) {
                    reported.add(f.path() + " 场景“" + p.getName() + "”是“" + FAIL + "”场景，但没有“" + FAIL + " " + id
                            + " 级别为…位于第…行”一步");
                }
            }
        }
        problems.addAll(reported);
        if (!pass) {
            problems.add("规则 " + id + " 的验收用例 " + f.path() + " 没有“" + PASS + "”场景（名称以“" + PASS + "”开头）");
        }
        if (!fail) {
            problems.add("规则 " + id + " 的验收用例 " + f.path() + " 没有“" + FAIL + "”场景（名称以“" + FAIL + "”开头）");
        }
        return problems;
    }

    /** Every {@code .feature} file below {@code featuresDir}, parsed; paths are given as {@code features/…}. */
    static List<FeatureFile> read(Path featuresDir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(featuresDir)) {
            files = walk.filter(p -> p.toString().endsWith(".feature")).sorted().toList();
        }
        GherkinParser parser = GherkinParser.builder().includeSource(false).includePickles(true).build();
        List<FeatureFile> features = new ArrayList<>();
        for (Path file : files) {
            String path = "features/" + featuresDir.relativize(file).toString().replace('\\', '/');
            List<String> errors = new ArrayList<>();
            List<Pickle> pickles = new ArrayList<>();
            Feature feature = null;
            for (Envelope e : parser.parse(file).toList()) {
                e.getParseError().ifPresent(pe -> errors.add(path + " 无法解析："
                        + pe.getMessage().replaceAll("\\s+", " ")));
                e.getPickle().ifPresent(pickles::add);
                if (e.getGherkinDocument().isPresent() && e.getGherkinDocument().get().getFeature().isPresent()) {
                    feature = e.getGherkinDocument().get().getFeature().get();
                }
            }
            if (feature == null && errors.isEmpty()) {
                errors.add(path + " 中没有“功能:”");
            }
            if (!errors.isEmpty()) {
                features.add(new FeatureFile(path, "", "", List.of(), Set.of(), List.of(), pickles, errors));
                continue;
            }
            List<String> featureTags = feature.getTags().stream().map(Tag::getName).toList();
            Set<String> allTags = new LinkedHashSet<>(featureTags);
            List<ScenarioInfo> scenarios = new ArrayList<>();
            collect(feature.getChildren(), allTags, scenarios);
            features.add(new FeatureFile(path, feature.getLanguage(), feature.getDescription(), featureTags, allTags,
                    scenarios, pickles, errors));
        }
        return features;
    }

    private static void collect(List<FeatureChild> children, Set<String> tags, List<ScenarioInfo> scenarios) {
        for (FeatureChild child : children) {
            child.getRule().ifPresent(rule -> {
                rule.getTags().forEach(t -> tags.add(t.getName()));
                rule.getChildren().forEach(rc -> rc.getScenario().ifPresent(s -> scenario(s, tags, scenarios)));
            });
            child.getScenario().ifPresent(s -> scenario(s, tags, scenarios));
        }
    }

    private static void scenario(Scenario s, Set<String> tags, List<ScenarioInfo> scenarios) {
        s.getTags().forEach(t -> tags.add(t.getName()));
        s.getExamples().forEach(ex -> ex.getTags().forEach(t -> tags.add(t.getName())));
        scenarios.add(new ScenarioInfo(s.getName(), s.getLocation().getLine()));
    }
}
