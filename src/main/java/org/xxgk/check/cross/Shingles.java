package org.xxgk.check.cross;

import java.util.Arrays;
import java.util.List;

import org.xxgk.check.template.Text;

/**
 * Hashed character n-grams of cleaned text, sampled by hash: the measure of repeated text. Cleaning keeps letters
 * (Chinese characters among them) and turns every run of digits into one 「0」, so that a sentence copied with its
 * year or its numbers changed still matches, and punctuation or spacing does not matter. A long text may be sampled:
 * a phrase is kept when its hash falls in one bucket of the rate, so both reports keep the same phrases of the same
 * text, and the share of kept phrases found in the other report estimates the share of text.
 */
final class Shingles {

    /** Characters per phrase: eight Chinese characters are a phrase, not a common word. */
    static final int SIZE = 8;

    private Shingles() {
    }

    /** Letters and digits only (NFKC), each run of digits one 「0」. */
    static String clean(String text) {
        // (a character array and a fast path for Chinese characters and ASCII: C1-compiled charAt and the Character
        // tables cost a call each, for every character of every report)
        char[] s = Text.clean(text).toCharArray();
        StringBuilder b = new StringBuilder(s.length);
        boolean digits = false;
        for (int i = 0; i < s.length; ) {
            char ch = s[i];
            if (ch >= '\u4E00' && ch <= '\u9FFC' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z') {
                b.append(ch); // a letter (U+4E00–U+9FFC: the ideographs of Unicode 13, JDK 17's)
                digits = false;
                i++;
                continue;
            }
            int c = Character.codePointAt(s, i);
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

    /**
     * The phrase hashes of cleaned text kept at {@code rate} (1: all; 4: those whose hash is a multiple of 4), in
     * text order; a phrase repeated inside the text counts again.
     */
    static int[] sample(String cleaned, int rate) {
        if (cleaned.length() < SIZE) {
            return new int[0];
        }
        char[] chars = cleaned.toCharArray();
        int[] out = new int[(chars.length - SIZE + 1) / rate + 8];
        int n = 0;
        for (int i = 0; i + SIZE <= chars.length; i++) {
            int h = hash(chars, i);
            if (kept(h, rate)) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = h;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The phrase hashes kept at {@code rate} of cleaned text with the {@code cut} phrases (cleaned too) cut out: the
     * text on either side is hashed apart, so no phrase spans a cut (「…为指导认真贯彻…」 between two template phrases
     * is not a phrase of the report's own).
     */
    static int[] sample(String cleaned, int rate, List<String> cut) {
        boolean[] out = new boolean[cleaned.length()];
        boolean any = false;
        for (String c : cut) {
            for (int at = cleaned.indexOf(c); at >= 0 && !c.isEmpty(); at = cleaned.indexOf(c, at + 1)) {
                Arrays.fill(out, at, at + c.length(), true);
                any = true;
            }
        }
        if (!any) {
            return sample(cleaned, rate);
        }
        int[] all = new int[0];
        for (int from = 0; from < cleaned.length(); ) {
            while (from < cleaned.length() && out[from]) {
                from++;
            }
            int to = from;
            while (to < cleaned.length() && !out[to]) {
                to++;
            }
            int[] piece = sample(cleaned.substring(from, to), rate);
            int n = all.length;
            all = Arrays.copyOf(all, n + piece.length);
            System.arraycopy(piece, 0, all, n, piece.length);
            from = to;
        }
        return all;
    }

    /** Whether a phrase of this hash is kept at {@code rate}: those kept at 8 are among those kept at 4. */
    static boolean kept(int hash, int rate) {
        return (hash & (rate - 1)) == 0;
    }

    /** A well-mixed 32-bit hash of {@code SIZE} characters from {@code start}. */
    private static int hash(char[] s, int start) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = start; i < start + SIZE; i++) {
            h = (h ^ s[i]) * 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) h;
    }
}
