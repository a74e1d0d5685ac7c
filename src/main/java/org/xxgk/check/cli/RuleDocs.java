package org.xxgk.check.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.xxgk.check.engine.RuleInfo;
import org.xxgk.check.engine.RuleSource;

/**
 * A rule's documents as officers wrote them: the header comment of its DRL file (what it checks and why) and the
 * scenarios of its feature ({@code features/<category>/<ID>.feature} beside the rule folder), read for
 * {@code check rules ID} and for the rule help of SARIF.
 *
 * @param header    the comment lines just above {@code rule "…"}, without the {@code //}
 * @param scenarios the feature's scenarios, each its name line and steps as written; empty without a feature
 * @param feature   the feature file, or {@code null} when none was found
 */
record RuleDocs(List<String> header, List<Scenario> scenarios, Path feature) {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"");
    private static final Pattern SCENARIO = Pattern.compile("^\\s*(场景大纲|剧本大纲|场景|剧本)\\s*[:：]\\s*(.*)$");
    private static final Pattern BLOCK_END = Pattern.compile("^\\s*(@|功能\\s*[:：]|规则\\s*[:：]|背景\\s*[:：])");

    /** A scenario: its keyword and name, and its lines (steps, doc strings, example tables) as written. */
    record Scenario(String keyword, String name, List<String> lines) {
    }

    static RuleDocs of(RuleInfo rule, RuleSource source, Path features) {
        String text = source.files().stream().filter(f -> f.path().equals(rule.file())).map(RuleSource.DrlFile::text)
                .findFirst().orElse("");
        Path feature = features == null ? null
                : features.resolve((rule.category().isEmpty() ? "" : rule.category() + "/") + rule.id() + ".feature");
        List<Scenario> scenarios = List.of();
        if (feature != null && Files.isRegularFile(feature)) {
            try {
                scenarios = scenarios(Files.readString(feature, StandardCharsets.UTF_8));
            } catch (IOException e) {
                feature = null;
            }
        } else {
            feature = null;
        }
        return new RuleDocs(header(text, rule.name()), scenarios, feature);
    }

    /** The {@code features/} folder beside a rule folder, or {@code null} (the bundled rules have none). */
    static Path featuresBeside(RuleSource source) {
        try {
            Path rules = Path.of(source.origin()).toAbsolutePath().normalize();
            Path parent = rules.getParent();
            Path features = parent == null ? null : parent.resolve("features");
            return features != null && Files.isDirectory(rules) && Files.isDirectory(features) ? features : null;
        } catch (RuntimeException e) {
            return null; // 「内置规则」 is not a path
        }
    }

    /** The comment block just above the rule's {@code rule "NAME"} line. */
    static List<String> header(String drl, String name) {
        List<String> lines = List.of(drl.split("\\R"));
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (RULE.matcher(lines.get(i)).find() && lines.get(i).contains("\"" + name + "\"")) {
                at = i;
                break;
            }
        }
        List<String> header = new ArrayList<>();
        for (int i = at - 1; i >= 0; i--) {
            String l = lines.get(i).strip();
            if (!l.startsWith("//")) {
                break;
            }
            header.add(0, l.substring(2).strip());
        }
        return header;
    }

    static List<Scenario> scenarios(String feature) {
        List<Scenario> found = new ArrayList<>();
        Scenario current = null;
        for (String line : feature.split("\\R")) {
            var m = SCENARIO.matcher(line);
            if (m.matches()) {
                current = new Scenario(m.group(1), m.group(2).strip(), new ArrayList<>());
                found.add(current);
            } else if (current != null && BLOCK_END.matcher(line).find() && !line.strip().startsWith("@")) {
                current = null;
            } else if (current != null && !line.strip().startsWith("@") && !line.strip().startsWith("#")) {
                current.lines().add(line);
            }
        }
        List<Scenario> trimmed = new ArrayList<>();
        for (Scenario s : found) {
            List<String> lines = new ArrayList<>(s.lines());
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
                lines.remove(lines.size() - 1);
            }
            trimmed.add(new Scenario(s.keyword(), s.name(), List.copyOf(lines)));
        }
        return trimmed;
    }

    /** Plain text help: the header comment, then the names of the examples. */
    String text() {
        StringBuilder sb = new StringBuilder(String.join("\n", header));
        if (!scenarios.isEmpty()) {
            sb.append(sb.length() > 0 ? "\n\n" : "").append("例子：");
            scenarios.forEach(s -> sb.append("\n- ").append(s.name()));
        }
        return sb.toString();
    }

    /** The same as Markdown, each example with its steps in a code block. */
    String markdown(String title, String basis) {
        StringBuilder sb = new StringBuilder("**").append(title).append("**\n\n依据：").append(basis).append("\n\n");
        header.forEach(l -> sb.append(l).append("  \n"));
        if (!scenarios.isEmpty()) {
            sb.append("\n**例子**\n");
            for (Scenario s : scenarios) {
                sb.append("\n- ").append(s.keyword()).append("：").append(s.name()).append("\n\n  ```gherkin\n");
                s.lines().stream().filter(l -> !l.isBlank()).forEach(l -> sb.append("  ").append(l.strip()).append('\n'));
                sb.append("  ```\n");
            }
        }
        return sb.toString();
    }
}
