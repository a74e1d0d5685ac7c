package org.xxgk.check.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.xxgk.check.template.Text;

/**
 * Reads a report file into text. A text file is decoded as UTF-8 (with or without BOM) or GBK/GB18030, whichever
 * decodes cleanly. An HTML page, a Word document (DOCX) or a PDF is converted into text lines the parser reads, its
 * tables one row per line with tab-separated cells ({@link HtmlConverter}, {@link DocxConverter},
 * {@link PdfConverter}). The kind is told by content: PDF and ZIP magic bytes, a leading HTML tag (or an .html
 * name). Refuses, with a one-line reason, what is not a report.
 */
public final class ReportInput {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private ReportInput() {
    }

    /** The report's text: the file's own, or the text converted from HTML, DOCX or PDF. */
    public static String read(Path path) throws InputException {
        return load(path).text();
    }

    /** The report's text and what it was converted from, within the default limits. */
    public static ReportText load(Path path) throws InputException {
        return load(path, InputLimits.DEFAULT);
    }

    /**
     * The report's text and what it was converted from. Special files (devices, named pipes, sockets) and files over
     * the size limit are refused before they are opened; a text over the character limit after it is read.
     */
    public static ReportText load(Path path, InputLimits limits) throws InputException {
        byte[] bytes = InputFile.read(path, limits.maxBytes());
        Path name = path.getFileName();
        return convert(bytes, name == null ? "" : name.toString(), limits);
    }

    /** Tells the kind of file from its bytes (and, for HTML without a leading tag, its name) and converts it. */
    static ReportText convert(byte[] bytes, String fileName) throws InputException {
        return convert(bytes, fileName, InputLimits.DEFAULT);
    }

    static ReportText convert(byte[] bytes, String fileName, InputLimits limits) throws InputException {
        ReportText text = kind(bytes, fileName, limits.maxChars());
        if (text.text().length() > limits.maxChars()) {
            throw tooLong(text.text().length(), limits.maxChars());
        }
        return text;
    }

    /** A text too long to be one report: the parser's time and memory grow with it. */
    static InputException tooLong(Integer count, int maxChars) {
        return new InputException((count == null ? "文字" : "文字有 " + count + " 个字符，") + "超过单份年报的上限 "
                + maxChars + " 个字符（年报通常不到 5 万字），未检查；确是年报时可用 --max-chars 调高上限");
    }

    private static ReportText kind(byte[] bytes, String fileName, int maxChars) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("文件为空");
        }
        if (isPdf(bytes)) {
            return PdfConverter.convert(bytes, maxChars);
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return DocxConverter.convert(bytes);
        }
        if (startsWith(bytes, "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1")) {
            throw new InputException("这是旧版 Office 文件（如 .doc、.wps）或加密的 Office 文档；"
                    + "请在 Word 或 WPS 中另存为 .docx、PDF 或文本再检查");
        }
        if (startsWith(bytes, "{\\rtf")) {
            throw new InputException("这是 RTF 文件；请另存为 .docx、PDF 或文本再检查");
        }
        if (isImage(bytes)) {
            throw new InputException("这是图片文件，不是文字；请先做文字识别，或检查年报的文本、Word 或 PDF 版本");
        }
        String wide = WideText.decode(bytes);
        if (wide != null) {
            // From here on the text is UTF-8, marked as such so that no charset a page declares is believed instead.
            bytes = ("\uFEFF" + wide).getBytes(StandardCharsets.UTF_8);
        }
        if (HtmlConverter.looksLikeHtml(bytes, fileName)) {
            return HtmlConverter.convert(bytes);
        }
        if (bytes.length > maxChars * 4L + 4) {
            // More bytes than even four-byte characters would need: too long without decoding it.
            throw tooLong(null, maxChars);
        }
        String text = decode(bytes);
        // a saved script that writes the report (「var content = "<p class=MsoNormal>…";」): the report is in it
        if (text.indexOf("\\\"") >= 0 || text.indexOf("\\n") >= 0) {
            String embedded = EmbeddedHtml.find(text);
            if (embedded != null && embedded.length() * 2 > text.length()) {
                return HtmlConverter.convert(embedded);
            }
        }
        return new ReportText(ReportText.Kind.TEXT, text, List.of());
    }

    /** {@code %PDF-} in the first KiB, where readers look for it (some writers put bytes before it). */
    private static boolean isPdf(byte[] bytes) {
        int n = Math.min(bytes.length, 1024) - 5;
        for (int i = 0; i <= n; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F'
                    && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    private static boolean isImage(byte[] bytes) {
        return startsWith(bytes, "\u0089PNG") || startsWith(bytes, "\u00FF\u00D8\u00FF") || startsWith(bytes, "GIF8")
                || startsWith(bytes, "II*\u0000") || startsWith(bytes, "MM\u0000*");
    }

    /** A text file's bytes → its text. */
    static String decode(byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("文件为空");
        }
        if (startsWith(bytes, "%PDF")) {
            throw new InputException("这是 PDF 文件；请先另存为文本（.txt）再检查");
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            throw new InputException("这是压缩包或 Office 文档（如 DOCX）；请先另存为文本（.txt）再检查");
        }
        if (looksBinary(bytes)) {
            throw new InputException("这是二进制文件，不是文本格式的年报");
        }
        String text = strict(bytes, StandardCharsets.UTF_8);
        if (text == null) {
            text = strict(bytes, GB18030);
        }
        if (text == null) {
            throw new InputException("无法识别文件编码（既不是 UTF-8 也不是 GBK）");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (Text.isBlank(text)) {
            throw new InputException("文件为空（只有空白）");
        }
        return text;
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes, or more than 5% control characters other than tab, CR, LF and FF, in the first 8 KiB. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return control * 20 > n;
    }

    /** The bytes decoded in {@code charset}, or null when they are not valid in it. */
    static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
