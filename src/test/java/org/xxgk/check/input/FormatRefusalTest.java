package org.xxgk.check.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** What cannot be converted is refused with one Chinese line, never an exception of a library. */
class FormatRefusalTest {

    static byte[] blankPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A "scan": each page one image of grey stripes, no text. */
    static byte[] scannedPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 280; y++) {
                for (int x = 0; x < 200; x++) {
                    image.setRGB(x, y, y % 10 < 2 && x > 20 && x < 180 ? 0x444444 : 0xFFFFFF);
                }
            }
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(xobject, 50, 50, 500, 700);
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static String refusal(byte[] bytes, String name) {
        return assertThrows(InputException.class, () -> ReportInput.convert(bytes, name)).getMessage();
    }

    @Test
    void pdfWithoutTextIsRefusedAsAScan() throws Exception {
        assertEquals("PDF 中没有可提取的文字（可能是扫描件），请先做文字识别", refusal(blankPdf(), "a.pdf"));
        assertEquals("PDF 中没有可提取的文字（可能是扫描件），请先做文字识别", refusal(scannedPdf(), "a.pdf"));
    }

    @Test
    void damagedPdfs() throws Exception {
        byte[] pdf = Files.readAllBytes(FormatConversionTest.FIXTURES.resolve("2024-ganzhou-fire-brigade.pdf"));
        assertEquals("PDF 文件已损坏，无法读取", refusal(Arrays.copyOf(pdf, 600), "a.pdf"));
        assertEquals("PDF 文件已损坏，无法读取", refusal("%PDF-1.7\n垃圾".getBytes(StandardCharsets.UTF_8), "a.pdf"));
    }

    @Test
    void passwordProtectedPdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            assertEquals("PDF 文件设有打开密码，无法读取", refusal(out.toByteArray(), "a.pdf"));
        }
    }

    @Test
    void damagedDocx() throws Exception {
        byte[] docx = Files.readAllBytes(FormatConversionTest.FIXTURES.resolve("2024-ganzhou-fire-brigade.docx"));
        // cut in the middle: the ZIP's directory is gone and an entry is truncated
        String cut = refusal(Arrays.copyOf(docx, docx.length / 2), "a.docx");
        assertTrue(cut.equals("Word 文档（DOCX）已损坏，无法读取") || cut.equals("这是损坏的压缩包或 Office 文档，无法读取"), cut);
        // a valid ZIP whose document.xml is not XML
        assertEquals("Word 文档（DOCX）已损坏，无法读取", refusal(zip("[Content_Types].xml", "<Types/>",
                "word/document.xml", "<w:document 这不是 XML"), "a.docx"));
    }

    @Test
    void otherZipFilesAreNamed() throws Exception {
        assertEquals("这是 Excel 表格（.xlsx），不是年报文档；请检查年报的 Word、PDF 或文本版本",
                refusal(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"), "a.xlsx"));
        assertEquals("这是 OpenDocument 文档（如 .odt）；请另存为 .docx、PDF 或文本再检查",
                refusal(zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>"), "a.odt"));
        assertEquals("这是压缩包（ZIP），不是年报文件；请解压后检查其中的年报",
                refusal(zip("2024年报.txt", "一、总体情况"), "a.zip"));
    }

    @Test
    void otherBinaryFormatsAreNamed() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertTrue(refusal(ole, "a.doc").startsWith("这是旧版 Office 文件（如 .doc、.wps）"));
        assertEquals("这是 RTF 文件；请另存为 .docx、PDF 或文本再检查",
                refusal("{\\rtf1\\ansi 一、总体情况}".getBytes(StandardCharsets.UTF_8), "a.rtf"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        assertTrue(refusal(png, "scan.png").startsWith("这是图片文件"));
        assertEquals("文件为空", refusal(new byte[0], "a.pdf"));
    }

    static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }
}
