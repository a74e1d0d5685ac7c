package org.xxgk.check.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text in UTF-16 or UTF-32 (Windows Notepad's 「Unicode」, some export tools): told by its byte order mark, or without
 * one by where the zero bytes fall. In UTF-16 every ASCII character (digits, spaces, line breaks: plenty in a report)
 * has a zero byte on the same side of each pair; in UTF-32 the two high bytes of every character are zero.
 * Without this such a file reads as binary, because of those zeros.
 */
final class WideText {

    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    /** Bytes looked at to tell the encoding. */
    private static final int SAMPLE = 8192;

    private WideText() {
    }

    /**
     * The text of a UTF-16 or UTF-32 file (without its byte order mark), or null when the bytes are in neither.
     *
     * @throws InputException when the bytes say UTF-16 or UTF-32 but do not decode in it
     */
    static String decode(byte[] bytes) throws InputException {
        Charset charset;
        int skip;
        if (starts(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            charset = UTF_32LE;
            skip = 4;
        } else if (starts(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            charset = UTF_32BE;
            skip = 4;
        } else if (starts(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (starts(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            charset = guess(bytes);
            skip = 0;
            if (charset == null) {
                return null;
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException("文件像是 " + name(charset) + " 编码的文本，但其中有无效的字节；请另存为 UTF-8 再检查");
        }
    }

    /** The encoding the zero bytes point to, or null. */
    private static Charset guess(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE) & ~3;
        if (n < 16) {
            return null;
        }
        int[] zeros = new int[4];
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                zeros[i & 3]++;
            }
        }
        int quads = n / 4;
        if (zeros[3] == quads && zeros[2] * 10 >= quads * 9 && zeros[0] < quads) {
            return UTF_32LE;
        }
        if (zeros[0] == quads && zeros[1] * 10 >= quads * 9 && zeros[3] < quads) {
            return UTF_32BE;
        }
        int pairs = n / 2;
        int even = zeros[0] + zeros[2];
        int odd = zeros[1] + zeros[3];
        // One character in twenty ASCII, and few zeros on the other side: only characters such as 一 (U+4E00) put
        // one there; binary files have zeros on both sides.
        if (odd * 20 >= pairs && even * 5 <= odd) {
            return StandardCharsets.UTF_16LE;
        }
        if (even * 20 >= pairs && odd * 5 <= even) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String name(Charset charset) {
        return charset.name().replace("LE", "").replace("BE", "");
    }

    private static boolean starts(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
