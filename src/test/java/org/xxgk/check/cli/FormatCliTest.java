package org.xxgk.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.check.input.ReportInput;

/** The command line with HTML, DOCX and PDF reports, the new output formats, and the {@code text} command. */
class FormatCliTest {

    static final Path FORMATS = Path.of("src/test/resources/formats");

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** The rule ids of a JSON run, per report, in order. */
    static List<String> ruleIds(Run json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.out());
        List<String> ids = new ArrayList<>();
        for (JsonNode f : root.path("reports").get(0).path("findings")) {
            ids.add(f.path("rule").asText() + "/" + f.path("severity").asText());
        }
        return ids;
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "docx", "pdf"})
    void convertedReportsGiveTheSameFindingsAsTheText(String ext) throws Exception {
        for (String sample : List.of("2024-ganzhou-fire-brigade", "2024-ganzhou-logistics-center")) {
            Run text = run("--format", "json", "samples/" + sample + ".txt");
            Run converted = run("--format", "json", FORMATS.resolve(sample + "." + ext).toString());
            assertEquals(text.code(), converted.code(), sample);
            assertEquals(ruleIds(text), ruleIds(converted), sample + "." + ext);
            assertEquals("", converted.err());
        }
        assertTrue(ruleIds(run("--format", "json", FORMATS.resolve("2024-ganzhou-fire-brigade." + ext).toString()))
                .contains("TABLE-RESULT-TOTAL/error"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "docx", "pdf"})
    void findingLinesAreLinesOfTheTextCommand(String ext) throws Exception {
        Path file = FORMATS.resolve("2024-ganzhou-fire-brigade." + ext);
        JsonNode finding = new ObjectMapper().readTree(run("--format", "json", file.toString()).out())
                .path("reports").get(0).path("findings").get(0);
        assertEquals("TABLE-RESULT-TOTAL", finding.path("rule").asText());
        int line = finding.path("line").asInt();
        String numbered = run("text", file.toString()).out();
        String shown = numbered.lines().filter(l -> l.matches("\\s*" + line + "  .*")).findFirst().orElseThrow();
        assertTrue(shown.contains("（七）总计"), shown);
        List<String> raw = run("text", "--raw", file.toString()).out().lines().toList();
        assertTrue(raw.get(line - 1).contains("（七）总计\t"), raw.get(line - 1));
    }

    @Test
    void textCommandShowsPdfPagesAndRawTextIsTheCheckedText() throws Exception {
        Path pdf = FORMATS.resolve("2024-ganzhou-fire-brigade.pdf");
        Run numbered = run("text", pdf.toString());
        assertEquals(0, numbered.code());
        assertTrue(numbered.out().lines().findFirst().orElseThrow().contains("PDF，转换为"));
        assertEquals(3, numbered.out().lines().filter(l -> l.matches("\\s+── 第 \\d 页 ──")).count());
        assertEquals(ReportInput.read(pdf), run("text", "--raw", pdf.toString()).out());
        Run text = run("text", "samples/2024-ganzhou-fire-brigade.txt");
        assertTrue(text.out().lines().findFirst().orElseThrow().matches("\\s+1  "), "a text file's own lines, unconverted");
    }

    @Test
    void aPdfWithoutTextIsRefusedWithExit2(@TempDir Path dir) throws Exception {
        Path blank = dir.resolve("扫描件.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(blank.toFile());
        }
        Run run = run(blank.toString());
        assertEquals(2, run.code());
        // A file that cannot be checked is named on the error output, and counted apart in the summary.
        assertEquals(blank + ": 错误: PDF 中没有可提取的文字（可能是扫描件），请先做文字识别\n", run.err());
        assertTrue(run.out().startsWith("检查了 0 份年报，1 个文件无法读取"), run.out());
        assertFalse((run.out() + run.err()).contains("Exception"));
        Run text = run("text", blank.toString());
        assertEquals(2, text.code());
        assertEquals(blank + ": 错误: PDF 中没有可提取的文字（可能是扫描件），请先做文字识别\n", text.err());
    }

    @Test
    void aCorruptDocxIsRefusedWithExit2(@TempDir Path dir) throws Exception {
        byte[] docx = Files.readAllBytes(FORMATS.resolve("2024-ganzhou-fire-brigade.docx"));
        Path broken = dir.resolve("broken.docx");
        Files.write(broken, java.util.Arrays.copyOf(docx, docx.length / 2));
        Run run = run("--format", "junit", broken.toString(), "samples/2024-ganzhou-logistics-center.txt");
        assertEquals(2, run.code(), "an unreadable file is exit 2 even if the others are clean");
        assertTrue(run.out().contains("<error type=\"input\" message=\""), run.out());
        assertFalse((run.out() + run.err()).contains("Exception"));
    }

    @Test
    void foldersYieldHtmlDocxAndPdfButNotLockFiles(@TempDir Path dir) throws Exception {
        for (String ext : List.of("html", "docx", "pdf")) {
            Files.copy(FORMATS.resolve("2024-ganzhou-logistics-center." + ext), dir.resolve("logistics." + ext));
        }
        Files.writeString(dir.resolve("~$logistics.docx"), "owner");
        Files.writeString(dir.resolve(".hidden.pdf"), "x");
        Files.writeString(dir.resolve("notes.xlsx"), "x");
        List<String> names = Inputs.expand(List.of(dir)).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("logistics.docx", "logistics.html", "logistics.pdf"), names);
        Run run = run(dir.toString());
        assertEquals(0, run.code(), run.out());
        assertTrue(run.out().startsWith("检查了 3 份年报：错误 0，警告 0，提示 0"), run.out());
    }

    @Test
    void everyFormatIsOffered() throws Exception {
        String sample = "samples/2024-ganzhou-fire-brigade.txt";
        for (String format : List.of("sarif", "SARIF", "junit", "html")) {
            Run run = run("--format", format, sample);
            assertEquals(1, run.code(), format);
            assertEquals("", run.err());
        }
        assertEquals("error", new ObjectMapper().readTree(run("--format", "sarif", sample).out())
                .path("runs").get(0).path("results").get(0).path("level").asText());
        Run bad = run("--format", "xml", sample);
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("不支持的输出格式“xml”；可用：text、json、sarif、junit、html"), bad.err());
        assertTrue(run("--help").out().replaceAll("\\s+", "").contains("sarif（SARIF2.1.0"));
    }

    /**
     * A whole JVM reading DOCX and PDF prints nothing but the report: no logging set-up warnings from Log4j (POI) or
     * commons-logging (PDFBox), on stdout or stderr.
     */
    @Test
    void librariesPrintNothing() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                FORMATS.resolve("2024-ganzhou-fire-brigade.docx").toString(),
                FORMATS.resolve("2024-ganzhou-fire-brigade.pdf").toString(),
                FORMATS.resolve("2024-ganzhou-fire-brigade.html").toString()).start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> {
            try {
                p.getErrorStream().transferTo(err);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        drain.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        drain.join();
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(1, p.exitValue());
        List<String> lines = out.lines().toList();
        assertEquals(7, lines.size(), out);
        assertTrue(lines.stream().limit(6).allMatch(l -> l.contains("[TABLE-RESULT-TOTAL]") || l.contains("[TABLE-EXTRA-CELLS]")), out);
    }
}
