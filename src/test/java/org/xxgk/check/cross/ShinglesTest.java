package org.xxgk.check.cross;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.xxgk.check.RandomText;
import org.xxgk.check.template.Text;

/**
 * {@link Shingles}' cleaning and hashing, rewritten for speed, give what their plain forms (kept here) give: over
 * every character of the BMP and over random text.
 */
class ShinglesTest {

    /** {@link Shingles#clean} as first written: code point by code point, through {@link Character}. */
    private static String plainClean(String text) {
        String s = Text.clean(text);
        StringBuilder b = new StringBuilder(s.length());
        boolean digits = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isDigit(c)) {
                if (!digits) {
                    b.append('0');
                }
                digits = true;
            } else {
                digits = false;
                if (Character.isLetter(c)) {
                    b.appendCodePoint(c);
                }
            }
        }
        return b.toString();
    }

    /** The phrase hash as first written, over a string. */
    private static int plainHash(String s, int start) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = start; i < start + Shingles.SIZE; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) h;
    }

    @Test
    void cleaningEveryCharacterIsThePlainCleaning() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = "年" + (char) c + "1" + (char) c + "a";
            assertEquals(plainClean(s), Shingles.clean(s), () -> "U+" + Integer.toHexString(s.charAt(1)));
        }
        String pair = "政" + new String(Character.toChars(0x20000)) + "12府";
        assertEquals(plainClean(pair), Shingles.clean(pair));
    }

    @Test
    void samplesAreThePlainHashesOnRandomText() {
        Random random = new Random(12);
        String alphabet = "政府信息公开年报告0123，。 abZ\u3000①";
        for (int n = 0; n < 5_000; n++) {
            String text = RandomText.of(random, alphabet, 39);
            String cleaned = Shingles.clean(text);
            assertEquals(plainClean(text), cleaned);
            for (int rate : new int[] {1, 4}) {
                int[] expected = java.util.stream.IntStream.rangeClosed(0, cleaned.length() - Shingles.SIZE)
                        .map(i -> plainHash(cleaned, i)).filter(h -> Shingles.kept(h, rate)).toArray();
                assertArrayEquals(expected, Shingles.sample(cleaned, rate), cleaned);
                assertArrayEquals(expected, Shingles.sample(cleaned, rate, List.of()), cleaned);
            }
        }
    }
}
