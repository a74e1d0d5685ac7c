package org.xxgk.check.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one file may cost, and files that are no files: refused before they are opened, with one Chinese line.
 * Inputs are generated here; no bomb is checked in.
 */
class InputLimitsTest {

    private static final Path SAMPLE = Path.of("samples/2024-ganzhou-fire-brigade.txt");

    @TempDir
    Path dir;

    private static String refusal(Path file, InputLimits limits) {
        return assertThrows(InputException.class, () -> ReportInput.load(file, limits)).getMessage();
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(21L * 1024 * 1024); // sparse: nothing is written
        }
        assertEquals("文件有 21 MB，超过单份年报的上限 20 MB，未读取；确是年报时可用 --max-size 调高上限",
                refusal(big, InputLimits.DEFAULT));
        Path sample = Files.copy(SAMPLE, dir.resolve("r.txt"));
        assertTrue(refusal(sample, new InputLimits(1024, 1_000_000)).startsWith("文件有 7 KB，超过单份年报的上限 1 KB"));
    }

    @Test
    void aTextOverTheCharacterLimitIsRefused() throws Exception {
        String report = Files.readString(SAMPLE);
        Path file = Files.writeString(dir.resolve("long.txt"), report + "填充文字。".repeat(120_000));
        String message = refusal(file, InputLimits.DEFAULT);
        assertTrue(message.startsWith("文字有 " + (report.length() + 600_000) + " 个字符，超过单份年报的上限 500000 个字符"),
                message);
        assertTrue(message.endsWith("确是年报时可用 --max-chars 调高上限"), message);
        // far over the limit in bytes: refused without decoding it
        assertTrue(refusal(file, new InputLimits(InputLimits.DEFAULT.maxBytes(), 100_000))
                .startsWith("文字超过单份年报的上限 100000 个字符"));
        // and within a raised limit it is read
        assertEquals(report.length() + 600_000, ReportInput.load(file, new InputLimits(20L << 20, 2_000_000))
                .text().length());
    }

    @Test
    void devicesAndNamedPipesAreRefusedBeforeTheyAreOpened() throws Exception {
        assertEquals("这是字符设备文件（如 /dev/zero），不是普通文件；未打开（读取它可能永远等不到结尾）",
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refusal(Path.of("/dev/zero"), InputLimits.DEFAULT)));
        Path link = Files.createSymbolicLink(dir.resolve("zero.txt"), Path.of("/dev/zero"));
        assertTrue(refusal(link, InputLimits.DEFAULT).startsWith("这是字符设备文件"));
        Path fifo = dir.resolve("pipe.txt");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        assertEquals("这是命名管道（FIFO），不是普通文件；未打开（读取它可能永远等不到结尾）",
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refusal(fifo, InputLimits.DEFAULT)));
    }

    @Test
    void aFolderAMissingFileAndALinkLoop() throws Exception {
        assertEquals("这是一个文件夹，不是年报文件", refusal(dir, InputLimits.DEFAULT));
        assertEquals("文件不存在", refusal(dir.resolve("nope.txt"), InputLimits.DEFAULT));
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertEquals("符号链接形成循环，找不到真正的文件", refusal(a, InputLimits.DEFAULT));
    }

    /** UTF-16 (Windows Notepad's 「Unicode」) and UTF-32, with and without byte order mark, read as the UTF-8 text. */
    @Test
    void wideEncodingsAreRead() throws Exception {
        String report = Files.readString(SAMPLE);
        String expected = ReportInput.load(SAMPLE).text();
        List<Charset> charsets = List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                Charset.forName("UTF-32LE"), Charset.forName("UTF-32BE"));
        for (Charset c : charsets) {
            for (boolean bom : new boolean[] {true, false}) {
                byte[] bytes = ((bom ? "\uFEFF" : "") + report).getBytes(c);
                ReportText text = ReportInput.convert(bytes, "r.txt");
                assertEquals(ReportText.Kind.TEXT, text.kind());
                assertEquals(expected, text.text(), c + (bom ? " with BOM" : " without BOM"));
            }
        }
        String html = "<html><head><meta charset=\"utf-16\"></head><body><p>一、总体情况</p></body></html>";
        assertEquals("一、总体情况\n", ReportInput.convert(html.getBytes(StandardCharsets.UTF_16LE), "p.html").text());
        // odd bytes after a UTF-16 byte order mark: named, not called binary
        byte[] broken = {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 0x41};
        assertEquals("文件像是 UTF-16 编码的文本，但其中有无效的字节；请另存为 UTF-8 再检查",
                assertThrows(InputException.class, () -> ReportInput.convert(broken, "r.txt")).getMessage());
    }

    /** A PDF is read a page at a time, and reading stops at the page that passes the character limit. */
    @Test
    void aLongPdfStopsAtTheCharacterLimit() throws Exception {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < 200; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    for (int line = 0; line < 40; line++) {
                        c.beginText();
                        c.setFont(font, 10);
                        c.newLineAtOffset(50, 750 - line * 15);
                        c.showText("Page " + p + " line " + line + " of a long document");
                        c.endText();
                    }
                }
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        byte[] bytes = pdf;
        String message = assertThrows(InputException.class,
                () -> ReportInput.convert(bytes, "long.pdf", new InputLimits(20L << 20, 10_000))).getMessage();
        assertTrue(message.startsWith("文字超过单份年报的上限 10000 个字符"), message);
        assertEquals(200 * 40, ReportInput.convert(bytes, "long.pdf").text().lines().count());
    }

    @Test
    void binaryIsStillBinary() {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 % 7 == 0 ? 0 : i);
        }
        assertEquals("这是二进制文件，不是文本格式的年报",
                assertThrows(InputException.class, () -> ReportInput.convert(bytes, "r.txt")).getMessage());
    }
}
