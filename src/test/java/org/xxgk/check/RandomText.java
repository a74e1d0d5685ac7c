package org.xxgk.check;

import java.util.Random;

/** Random strings over a small alphabet, for tests that hold a fast path equal to the plain form it replaced. */
public final class RandomText {

    private RandomText() {
    }

    /** A string of 0 to {@code maxLength} characters, each drawn from {@code alphabet}. */
    public static String of(Random random, String alphabet, int maxLength) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
