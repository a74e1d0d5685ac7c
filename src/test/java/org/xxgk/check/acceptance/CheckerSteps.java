package org.xxgk.check.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.java.After;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import org.xxgk.check.cli.Main;
import org.xxgk.check.fact.Cell;

/**
 * The step vocabulary of the acceptance suite (documented for officers in {@code features/README.md}).
 *
 * <p>Every run goes through {@link Main#run} in this JVM, as the command line would: no child process, and the rule
 * set is compiled once per distinct rule folder ({@code RuleBase} caches compiled sets by content), so scenarios on
 * the project's {@code rules/} share one compiled rule base.
 *
 * <p>Quotes around values may be straight ({@code "…"}) or Chinese ({@code “…”}). A report is always checked as a
 * file named {@code 年报.txt} in a scratch folder, so text output reads {@code 年报.txt:68: 错误 [ID] …}.
 */
public class CheckerSteps {

    /** Fixture paths in steps are relative to this folder. */
    static final Path FEATURES = Path.of("features");
    /** The project's rule folder, used unless the scenario writes rule files of its own. */
    static final Path PROJECT_RULES = Path.of("rules");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> LEVELS = Map.of("错误", "error", "警告", "warning", "提示", "info");
    private static final String REPORT_NAME = "年报.txt";

    private Path scratch;
    // the report: a fixture as it is (source), or lines to write (after an edit or from a doc string)
    private Path source;
    private List<String> lines;
    // rule files written by the scenario, if any
    private Path rulesDir;
    // the config file written by the scenario, if any
    private Path configFile;
    // the last run
    private boolean ran;
    private int exitCode;
    private String out = "";
    private String err = "";
    private List<JsonNode> findings;
    // findings that an 「应报告」 step accounted for, by index into findings
    private final Set<Integer> claimed = new HashSet<>();
    // the findings the last 「应报告」 step could mean, narrowed by 「期望值」 and 「消息包含」; current is the one claimed
    private List<Integer> candidates = List.of();
    private Integer current;

    // ---- 假如: the report and the rules ----

    @假如("^有一份年报[：:]$")
    public void aReport(String text) {
        source = null;
        lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!text.endsWith("\n")) {
            lines.add("");
        }
    }

    @假如("^有一份年报文件[\"“](.+)[\"”]$")
    public void aReportFile(String path) {
        Path file = FEATURES.resolve(path);
        if (!Files.isRegularFile(file)) {
            fail("年报文件 " + file + " 不存在（路径相对于 features 文件夹）");
        }
        source = file;
        lines = null;
    }

    @假如("^把含有[\"“](.+)[\"”]的行改为[\"“](.*)[\"”]$")
    public void replaceLine(String containing, String replacement) {
        List<String> text = editable();
        text.set(lineContaining(containing) - 1, replacement);
    }

    @假如("^把含有[\"“](.+)[\"”]的行改为[：:]$")
    public void replaceLineWith(String containing, String replacement) {
        List<String> text = editable();
        int at = lineContaining(containing) - 1;
        text.remove(at);
        text.addAll(at, List.of(replacement.split("\n", -1)));
    }

    @假如("^清空从含有[\"“](.+)[\"”]的行到含有[\"“](.+)[\"”]的行$")
    public void clearLines(String first, String last) {
        List<String> text = editable();
        int from = lineContaining(first);
        int to = lineContaining(last);
        if (to < from) {
            fail("含有“" + last + "”的行（第" + to + "行）在含有“" + first + "”的行（第" + from + "行）之前");
        }
        for (int line = from; line <= to; line++) {
            text.set(line - 1, "");
        }
    }

    @假如("^规则文件夹中有一个规则文件[\"“](.+)[\"”][：:]$")
    public void aRuleFile(String path, String drl) throws IOException {
        if (rulesDir == null) {
            rulesDir = Files.createDirectories(scratch().resolve("rules"));
        }
        Path file = rulesDir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, drl.endsWith("\n") ? drl : drl + "\n", StandardCharsets.UTF_8);
    }

    @假如("^配置文件为[：:]$")
    public void aConfig(String yaml) throws IOException {
        configFile = scratch().resolve("xxgk.yaml");
        Files.writeString(configFile, yaml.endsWith("\n") ? yaml : yaml + "\n", StandardCharsets.UTF_8);
    }

    // ---- 当: running the checker ----

    /**
     * {@code check --format json --rules R --config C 年报.txt}: R is the scenario's rule folder or the project's
     * {@code rules/}, C the scenario's config or an empty one, so that an {@code xxgk.yaml} lying in the working folder
     * never changes what a scenario sees.
     */
    @当("^检查这份年报$")
    public void checkTheReport() throws IOException {
        List<String> args = new ArrayList<>(List.of("--format", "json", "--jobs", "1"));
        args.add("--rules");
        args.add((rulesDir != null ? rulesDir : PROJECT_RULES).toString());
        args.add("--config");
        args.add(config().toString());
        args.add(reportFile().toString());
        run(args);
    }

    @当("^运行命令[\"“](.+)[\"”]$")
    public void runCommand(String command) {
        List<String> args = new ArrayList<>();
        for (String word : command.trim().split("\\s+")) {
            if (word.contains("{年报}")) {
                word = word.replace("{年报}", reportFile().toString());
            }
            if (word.contains("{配置}")) {
                if (configFile == null) {
                    fail("命令中有 {配置}，但场景中还没有写配置文件（用“假如配置文件为：”）");
                }
                word = word.replace("{配置}", configFile.toString());
            }
            if (word.contains("{规则}")) {
                if (rulesDir == null) {
                    fail("命令中有 {规则}，但场景中还没有写规则文件（用“假如规则文件夹中有一个规则文件…”）");
                }
                word = word.replace("{规则}", rulesDir.toString());
            }
            args.add(word);
        }
        if (!args.isEmpty() && args.get(0).equals("check")) {
            args.remove(0);
        }
        run(args);
    }

    private void run(List<String> args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        exitCode = Main.run(args.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e));
        out = o.toString();
        err = e.toString();
        ran = true;
        findings = null;
        claimed.clear();
        candidates = List.of();
        current = null;
        if (out.stripLeading().startsWith("{")) {
            try {
                JsonNode root = JSON.readTree(out);
                findings = new ArrayList<>();
                for (JsonNode report : root.path("reports")) {
                    report.path("findings").forEach(findings::add);
                }
            } catch (IOException ex) {
                fail("输出以 { 开头，但不是 JSON：" + ex.getMessage() + "\n" + out);
            }
        }
    }

    // ---- 那么: findings ----

    @那么("^应报告 ([A-Z][A-Z0-9-]*) 级别为[\"“](错误|警告|提示)[\"”]位于第(\\d+)行$")
    public void reported(String rule, String level, int line) {
        List<JsonNode> all = findings();
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            JsonNode f = all.get(i);
            if (!claimed.contains(i) && f.path("rule").asText().equals(rule)
                    && f.path("severity").asText().equals(LEVELS.get(level)) && f.path("line").asInt() == line) {
                found.add(i);
            }
        }
        if (found.isEmpty()) {
            fail("没有找到第" + line + "行级别为“" + level + "”的 " + rule + "。" + listing("实际报告了", all));
        }
        candidates = found;
        current = found.get(0);
        claimed.add(current);
    }

    @那么("^期望值为[\"“](.*)[\"”]实际值为[\"“](.*)[\"”]$")
    public void values(String expected, String actual) {
        narrow(f -> f.path("expected").asText("").equals(expected) && f.path("actual").asText("").equals(actual),
                "期望值为“" + expected + "”、实际值为“" + actual + "”");
    }

    @那么("^消息包含[\"“](.+)[\"”]$")
    public void messageContains(String text) {
        narrow(f -> f.path("message").asText().contains(text), "消息包含“" + text + "”");
    }

    @那么("^不应报告 ([A-Z][A-Z0-9-]*)$")
    public void notReported(String rule) {
        List<JsonNode> of = findings().stream().filter(f -> f.path("rule").asText().equals(rule)).toList();
        if (!of.isEmpty()) {
            fail("不应报告 " + rule + "，但报告了" + of.size() + "处。" + listing("", of));
        }
    }

    @那么("^不应报告任何问题$")
    public void nothingReported() {
        List<JsonNode> all = findings();
        if (!all.isEmpty()) {
            fail("不应报告任何问题，但报告了" + all.size() + "处。" + listing("", all));
        }
    }

    @那么("^除此之外不应报告其他问题$")
    public void nothingElse() {
        List<JsonNode> all = findings();
        List<JsonNode> rest = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!claimed.contains(i)) {
                rest.add(all.get(i));
            }
        }
        if (!rest.isEmpty()) {
            fail("除上面列出的问题外，还报告了" + rest.size() + "处。" + listing("", rest));
        }
    }

    // ---- 那么: the command ----

    @那么("^退出码为(\\d+)$")
    public void exitCode(int expected) {
        assertRan();
        assertEquals(expected, exitCode, "退出码\n输出：\n" + out + "\n错误输出：\n" + err);
    }

    @那么("^输出包含[\"“](.+)[\"”]$")
    public void outputContains(String text) {
        assertRan();
        if (!out.contains(text)) {
            fail("输出中没有“" + text + "”。输出：\n" + out + "\n错误输出：\n" + err);
        }
    }

    @那么("^输出不包含[\"“](.+)[\"”]$")
    public void outputLacks(String text) {
        assertRan();
        if (out.contains(text)) {
            fail("输出中不应有“" + text + "”。输出：\n" + out);
        }
    }

    @那么("^错误输出包含[\"“](.+)[\"”]$")
    public void errorContains(String text) {
        assertRan();
        if (!err.contains(text)) {
            fail("错误输出中没有“" + text + "”。错误输出：\n" + err + "\n输出：\n" + out);
        }
    }

    @那么("^JSON输出中[\"“](.+?)[\"”]为[\"“](.*)[\"”]$")
    public void jsonValue(String path, String expected) {
        assertRan();
        JsonNode node;
        try {
            node = JSON.readTree(out);
        } catch (IOException e) {
            throw new AssertionError("输出不是 JSON：\n" + out, e);
        }
        for (String part : path.split("\\.")) {
            Matcher m = Pattern.compile("^([^\\[]*)((?:\\[\\d+])*)$").matcher(part);
            if (!m.matches()) {
                fail("JSON 路径“" + path + "”写法不对：应写作 reports[0].findings[0].rule");
            }
            if (!m.group(1).isEmpty()) {
                node = node.path(m.group(1));
            }
            Matcher index = Pattern.compile("\\[(\\d+)]").matcher(m.group(2));
            while (index.find()) {
                node = node.path(Integer.parseInt(index.group(1)));
            }
        }
        if (node.isMissingNode()) {
            fail("JSON 输出中没有“" + path + "”。输出：\n" + out);
        }
        assertEquals(expected, node.isValueNode() ? node.asText() : node.toString(), "JSON 输出中的“" + path + "”");
    }

    @After
    public void cleanUp() throws IOException {
        if (scratch != null) {
            try (Stream<Path> walk = Files.walk(scratch)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    // ---- helpers ----

    private Path scratch() {
        if (scratch == null) {
            try {
                scratch = Files.createTempDirectory("xxgk-acceptance");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return scratch;
    }

    /** The scenario's config file, or an empty one (no settings) when the scenario wrote none. */
    private Path config() throws IOException {
        if (configFile == null) {
            Path empty = scratch().resolve("empty.yaml");
            if (!Files.exists(empty)) {
                Files.writeString(empty, "");
            }
            return empty;
        }
        return configFile;
    }

    /** The report's lines, read from the fixture on the first edit. */
    private List<String> editable() {
        if (lines == null) {
            if (source == null) {
                fail("场景中还没有年报：先写“假如有一份年报：”或“假如有一份年报文件\"…\"”");
            }
            try {
                lines = new ArrayList<>(List.of(Files.readString(source, StandardCharsets.UTF_8).split("\n", -1)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }

    /**
     * The 1-based number of the one line that contains {@code text}; when several do, the one line that is exactly
     * {@code text} (the signature 「青山市河东区应急管理局」 among lines that mention the agency). Cell separators (tabs,
     * pipes) and runs of spaces count as one space on both sides, so 「行政许可 12」 finds the line 「行政许可&#9;12」.
     */
    private int lineContaining(String text) {
        List<String> report = editable();
        String wanted = flatten(text);
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < report.size(); i++) {
            if (flatten(report.get(i)).contains(wanted)) {
                hits.add(i + 1);
            }
        }
        if (hits.isEmpty()) {
            fail("年报中没有含有“" + text + "”的行");
        }
        if (hits.size() > 1) {
            List<Integer> exact = hits.stream().filter(n -> flatten(report.get(n - 1)).equals(wanted)).toList();
            if (exact.size() == 1) {
                return exact.get(0);
            }
            fail("年报中有" + hits.size() + "行含有“" + text + "”（第"
                    + hits.stream().map(String::valueOf).collect(Collectors.joining("、")) + "行）；请写得更具体，只对应一行");
        }
        return hits.get(0);
    }

    private static String flatten(String line) {
        return line.replaceAll("[\\s|]+", " ").trim();
    }

    /** Writes the report into the scratch folder as 年报.txt (a fixture never edited is copied byte for byte). */
    private Path reportFile() {
        Path file = scratch().resolve(REPORT_NAME);
        try {
            if (lines != null) {
                Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
            } else if (source != null) {
                Files.copy(source, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else {
                fail("场景中还没有年报：先写“假如有一份年报：”或“假如有一份年报文件\"…\"”");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private void assertRan() {
        if (!ran) {
            fail("还没有运行检查：先写“当检查这份年报”或“当运行命令\"…\"”");
        }
    }

    private List<JsonNode> findings() {
        assertRan();
        if (findings == null) {
            fail("上一条命令的输出不是 JSON，无法核对报告的问题（命令须带 --format json）。输出：\n" + out + "\n错误输出：\n" + err);
        }
        return findings;
    }

    private void narrow(java.util.function.Predicate<JsonNode> test, String what) {
        if (current == null) {
            fail("这一步核对上一步“应报告 …”找到的问题；前面没有“应报告”一步");
        }
        List<JsonNode> all = findings();
        claimed.remove(current);
        current = null;
        List<Integer> kept = candidates.stream().filter(i -> test.test(all.get(i))).toList();
        if (kept.isEmpty()) {
            fail("上一步找到的问题中没有" + what + "的。" + listing("找到的是", candidates.stream().map(all::get).toList()));
        }
        candidates = kept;
        current = kept.get(0);
        claimed.add(current);
    }

    private static String listing(String heading, List<JsonNode> list) {
        if (list.isEmpty()) {
            return heading.isEmpty() ? "" : heading + "：（无）";
        }
        StringBuilder sb = new StringBuilder(heading.isEmpty() ? "" : heading + "：");
        for (JsonNode f : list) {
            sb.append("\n  第").append(f.path("line").asInt()).append("行 ")
                    .append(LEVELS.entrySet().stream().filter(e -> e.getValue().equals(f.path("severity").asText()))
                            .map(Map.Entry::getKey).findFirst().orElse(f.path("severity").asText()))
                    .append(" [").append(f.path("rule").asText()).append("] ").append(f.path("message").asText());
            if (f.has("expected") || f.has("actual")) {
                sb.append("（期望值“").append(f.path("expected").asText("")).append("”，实际值“")
                        .append(f.path("actual").asText("")).append("”）");
            }
        }
        return sb.toString();
    }
}
