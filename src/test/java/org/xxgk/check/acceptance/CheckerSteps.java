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
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.java.After;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import org.xxgk.check.cli.Main;

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
    private static final String PREVIOUS_NAME = "上一年的年报.txt";
    private static final String OTHER_NAME = "另一机关的年报.txt";

    private Path scratch;
    // the report under test; last year's report and another agency's report of the year, when the scenario gives them
    private Draft report;
    private Draft previous;
    private Draft other;
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
        report = Draft.ofText("年报", text);
    }

    @假如("^有一份年报文件[\"“](.+)[\"”]$")
    public void aReportFile(String path) {
        report = Draft.ofFile("年报", FEATURES.resolve(path));
    }

    /**
     * Last year's report of the same agency, or another agency's report of the same year: checked in one batch with
     * the report, to compare it with.
     */
    @假如("^(上一年的|同年度另一机关的)年报文件为[\"“](.+)[\"”]$")
    public void anotherFile(String which, String path) {
        another(which, Draft.ofFile(which + "年报", FEATURES.resolve(path)));
    }

    @假如("^(上一年的|同年度另一机关的)年报为[：:]$")
    public void anotherText(String which, String text) {
        another(which, Draft.ofText(which + "年报", text));
    }

    private void another(String which, Draft draft) {
        if (which.equals("上一年的")) {
            previous = draft;
        } else {
            other = draft;
        }
    }

    @假如("^(?:在(上一年的|另一机关的)年报中)?把含有[\"“](.+)[\"”]的行改为[\"“](.*)[\"”]$")
    public void replaceLine(String which, String containing, String replacement) {
        draft(which).replaceLine(containing, replacement);
    }

    @假如("^(?:在(上一年的|另一机关的)年报中)?把含有[\"“](.+)[\"”]的行改为[：:]$")
    public void replaceLineWith(String which, String containing, String replacement) {
        draft(which).replaceLineWith(containing, replacement);
    }

    @假如("^(?:在(上一年的|另一机关的)年报中)?清空从含有[\"“](.+)[\"”]的行到含有[\"“](.+)[\"”]的行$")
    public void clearLines(String which, String first, String last) {
        draft(which).clearLines(first, last);
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
        if (previous != null) {
            args.add(previous.write(scratch().resolve(PREVIOUS_NAME)).toString());
        }
        args.add(reportFile().toString());
        if (other != null) {
            args.add(other.write(scratch().resolve(OTHER_NAME)).toString());
        }
        run(args);
    }

    @当("^运行命令[\"“](.+)[\"”]$")
    public void runCommand(String command) {
        List<String> args = new ArrayList<>();
        for (String word : command.trim().split("\\s+")) {
            if (word.contains("{年报}")) {
                word = word.replace("{年报}", reportFile().toString());
            }
            if (word.contains("{上一年的年报}")) {
                if (previous == null) {
                    fail("命令中有 {上一年的年报}，但场景中还没有上一年的年报（用“假如上一年的年报文件为…”）");
                }
                word = word.replace("{上一年的年报}", previous.write(scratch().resolve(PREVIOUS_NAME)).toString());
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
                for (JsonNode checked : root.path("reports")) {
                    // other reports of the batch (last year's, another agency's) are there to compare with
                    if (Path.of(checked.path("file").asText()).getFileName().toString().equals(REPORT_NAME)) {
                        checked.path("findings").forEach(findings::add);
                    }
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

    /** The report under test, or the other one the step names (「上一年的」「另一机关的」). */
    private Draft draft(String which) {
        Draft d = which == null ? report : which.equals("上一年的") ? previous : other;
        if (d == null) {
            fail(which == null ? "场景中还没有年报：先写“假如有一份年报：”或“假如有一份年报文件\"…\"”"
                    : "场景中还没有" + which + "年报：先写“假如" + (which.equals("上一年的") ? "上一年的年报文件为"
                    : "同年度另一机关的年报文件为") + "\"…\"”");
        }
        return d;
    }

    /** Writes the report under test into the scratch folder as 年报.txt. */
    private Path reportFile() {
        return draft(null).write(scratch().resolve(REPORT_NAME));
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
