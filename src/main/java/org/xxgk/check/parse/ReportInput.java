package org.xxgk.check.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a report file into text: UTF-8 (with or without BOM) or GBK/GB18030, whichever decodes cleanly.
 * Refuses, with a one-line reason, what is not a text report.
 */
public final class ReportInput {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private ReportInput() {
    }

    public static String read(Path path) throws InputException {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new InputException("这是一个文件夹，不是年报文件");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException("文件不存在");
        } catch (IOException e) {
            throw new InputException("无法读取文件：" + e.getMessage());
        }
        return decode(bytes);
    }

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

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
