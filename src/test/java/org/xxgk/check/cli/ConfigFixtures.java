package org.xxgk.check.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.xxgk.check.engine.Findings;
import org.xxgk.check.fact.Section;

/** What the config and rule-folder tests share: running the command in-process, a copy of rules/, a small report. */
final class ConfigFixtures {

    /**
     * A 2024 report without tables whose section 六 says only 「无。」. Findings with the project's rules: TABLE-MISSING
     * (error) on lines 4, 6 and 8, FEE-STATEMENT-MISSING (error) on line 12. Section 五 is 22 characters long.
     */
    static final String REPORT = """
            某县应急管理局2024年政府信息公开工作年度报告
            一、总体情况
            2024年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年未收到政府信息公开申请。
            二、主动公开政府信息情况
            本年度主动公开信息120条。
            三、收到和处理政府信息公开申请情况
            本年度未收到政府信息公开申请。
            四、政府信息公开行政复议、行政诉讼情况
            本年度没有发生行政复议和行政诉讼。
            五、存在的主要问题及改进情况
            主动公开的及时性有待提高；下一步将加强培训。
            六、其他需要报告的事项
            无。
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfigFixtures() {
    }

    /** The outcome of one in-process run. */
    record Run(int code, String out, String err) {

        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + out, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** A copy of the project's rules/ folder in {@code dir}: what an officer edits. */
    static Path copyOfRules(Path dir) throws IOException {
        Path from = Path.of("rules");
        Path to = dir.resolve("rules");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /**
     * The rules of a folder that run by default on one report: every rule file without an {@code @requirement},
     * but those of {@code cross/}.
     */
    static long nationalRules(Path rules) {
        return defaultRules(rules, false);
    }

    /** Every rule file without an {@code @requirement}, those of {@code cross/} only when {@code cross}. */
    static long defaultRules(Path rules, boolean cross) {
        try (java.util.stream.Stream<Path> walk = Files.walk(rules)) {
            return walk.filter(p -> p.toString().endsWith(".drl"))
                    .filter(p -> cross || !rules.relativize(p).startsWith("cross")).filter(p -> {
                try {
                    return !Files.readString(p).contains("@requirement(");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The findings of the first report in a JSON run, as 「RULE severity line」 strings. */
    static java.util.List<String> findings(JsonNode json, String array) {
        java.util.List<String> found = new java.util.ArrayList<>();
        for (JsonNode f : json.path("reports").get(0).path(array)) {
            found.add(f.path("rule").asText() + " " + f.path("severity").asText() + " " + f.path("line").asInt());
        }
        return found;
    }
}
