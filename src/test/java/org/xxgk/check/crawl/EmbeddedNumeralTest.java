package org.xxgk.check.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.xxgk.check.RandomText;

/** {@link EmbeddedHeadings#numeral} finds what {@code EmbeddedHeadings.NUMERAL}'s matcher finds, one after another. */
class EmbeddedNumeralTest {

    @Test
    void numeralsAreTheMatchersFinds() {
        Random random = new Random(3);
        String alphabet = "一二三六七、.．， \t\u3000年是";
        for (int n = 0; n < 20_000; n++) {
            String s = RandomText.of(random, alphabet, 15);
            char[] chars = s.toCharArray();
            Matcher m = EmbeddedHeadings.NUMERAL.matcher(s);
            int[] found = EmbeddedHeadings.numeral(chars, 0);
            while (m.find()) {
                assertArrayEquals(new int[] {m.start(), m.end()}, found, s);
                found = EmbeddedHeadings.numeral(chars, found[1]);
            }
            assertNull(found, s);
        }
    }
}
