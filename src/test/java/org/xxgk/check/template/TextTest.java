package org.xxgk.check.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The hand-written fast paths of {@link Text} (NFKC, sentence and clause splitting, lines) give exactly what the
 * library or regular expression they replace gives: over every character of the BMP, over random strings of the
 * characters that matter, and over every line of the bundled samples and of the features' fixtures.
 */
class TextTest {

    private static final String NOISY = "a1 ，,;；。!?！？：:\r\n\u000B\f\u0085\u2028\u2029\u3000（）１Ａ①…ﾊ\u00A0\u0301㈠\t年";

    @Test
    void nfkcOfEveryCharacterIsTheLibrarysNfkc() {
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String s = String.valueOf((char) c);
            assertEquals(Normalizer.normalize(s, Normalizer.Form.NFKC), Text.nfkc(s),
                    () -> "U+" + Integer.toHexString(s.charAt(0)));
            String inText = "年" + s + "Ａ，" + s;
            assertEquals(Normalizer.normalize(inText, Normalizer.Form.NFKC), Text.nfkc(inText),
                    () -> "U+" + Integer.toHexString(s.charAt(0)) + " in text");
        }
    }

    @Test
    void fastPathsMatchTheRegularExpressionsOnRandomText() {
        Random random = new Random(20261204);
        Pattern sentence = Pattern.compile("(?<=[。；！？;!?])");
        Pattern clause = Pattern.compile("[,，;；]");
        Pattern colon = Pattern.compile("(?<=[：:])");
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                b.append(NOISY.charAt(random.nextInt(NOISY.length())));
            }
            String s = b.toString();
            assertArrayEquals(sentence.split(s), Text.splitAfter(s, "。；！？;!?"), s);
            assertArrayEquals(clause.split(s), Text.splitAt(s, ",，;；"), s);
            assertArrayEquals(colon.split(s), Text.splitAfter(s, "：:"), s);
            assertEquals(Arrays.asList(s.split("\\R", -1)), Text.lines(s), s);
            assertEquals(Normalizer.normalize(s, Normalizer.Form.NFKC), Text.nfkc(s), s);
        }
    }

    @Test
    void fastPathsMatchOnEveryLineOfTheSamplesAndFixtures() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("samples")), Files.walk(Path.of("features")))) {
            files = walk.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")
                    || p.toString().endsWith(".feature")).toList();
        }
        Pattern sentence = Pattern.compile("(?<=[。；！？;!?])");
        int lines = 0;
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            assertEquals(Arrays.asList(text.split("\\R", -1)), Text.lines(text), f.toString());
            for (String line : Text.lines(text)) {
                assertEquals(Normalizer.normalize(line, Normalizer.Form.NFKC), Text.nfkc(line), f + ": " + line);
                assertArrayEquals(sentence.split(line), Text.splitAfter(line, "。；！？;!?"), f + ": " + line);
                lines++;
            }
        }
        assertEquals(true, lines > 2000, "lines read: " + lines);
    }
}
