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
import org.xxgk.check.RandomText;

/**
 * The hand-written fast paths of {@link Text} (NFKC, sentence and clause splitting, lines) give exactly what the
 * library or regular expression they replace gives: over every character of the BMP, over random strings of the
 * characters that matter, and over every line of the bundled samples and of the features' fixtures. The edit
 * distance, keys and title prefixes, rewritten for speed, are held equal to the plain forms they replaced, kept here.
 */
class TextTest {

    private static final String NOISY = "a1 ，,;；。!?！？：:\r\n\u000B\f\u0085\u2028\u2029\u3000（）１Ａ①…ﾊ\u00A0\u0301㈠\t年|";

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
    void whatCleansAwayIsWhatCleanLeavesNothingOf() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char[] one = {(char) c};
            if (Text.cleansAway(one, 0, 1)) {
                assertEquals("", Text.clean(String.valueOf((char) c)), "U+" + Integer.toHexString(c));
                assertEquals("", Text.clean(" " + (char) c + "\u3000" + (char) c), "U+" + Integer.toHexString(c));
            }
        }
        assertEquals(false, Text.cleansAway("\u200B".toCharArray(), 0, 1), "clean keeps a zero-width space");
    }

    @Test
    void fastPathsMatchTheRegularExpressionsOnRandomText() {
        Random random = new Random(20261204);
        Pattern sentence = Pattern.compile("(?<=[。；！？;!?])");
        Pattern clause = Pattern.compile("[,，;；]");
        Pattern colon = Pattern.compile("(?<=[：:])");
        for (int n = 0; n < 20_000; n++) {
            String s = RandomText.of(random, NOISY, 11);
            assertArrayEquals(sentence.split(s), Text.splitAfter(s, "。；！？;!?"), s);
            assertArrayEquals(clause.split(s), Text.splitAt(s, ",，;；"), s);
            assertArrayEquals(colon.split(s), Text.splitAfter(s, "：:"), s);
            assertEquals(Arrays.asList(s.split("\\R", -1)), Text.lines(s), s);
            assertArrayEquals(s.split("\\|", -1), Text.fields(s, '|'), s);
            assertArrayEquals(s.split("\t", -1), Text.fields(s, '\t'), s);
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
    /** The plain Levenshtein table, as {@link Text#distance} was first written. */
    private static int plainDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i
                        : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                                d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }

    /** {@link Text#key} as it was written before it worked on a character array. */
    private static String plainKey(String text) {
        String s = Text.clean(text);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ignored = " \t\n\u000B\f\r\u00A0\u3000\u200B\uFEFF".indexOf(c) >= 0
                    || "\"'“”‘’「」『』".indexOf(c) >= 0;
            if (!ignored) {
                b.append(Text.keyChar(c));
            }
        }
        int digits = 0;
        while (digits < b.length() && b.charAt(digits) >= '0' && b.charAt(digits) <= '9') {
            digits++;
        }
        if (digits > 0 && digits < b.length() && ".、，".indexOf(b.charAt(digits)) >= 0) {
            b.setCharAt(digits, '.');
        }
        int end = b.length();
        while (end > 0 && "。：.，".indexOf(b.charAt(end - 1)) >= 0) {
            end--;
        }
        b.setLength(end);
        return b.toString();
    }

    /** {@link SectionTitles#prefix} as it was written before it kept one row of the table a character. */
    private static int plainPrefix(List<String> wordingKeys, String text) {
        int bestEnd = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (String w : wordingKeys) {
            int tolerance = Math.max(1, w.length() / 5);
            StringBuilder key = new StringBuilder();
            for (int end = 1; end <= text.length() && key.length() <= w.length() + tolerance; end++) {
                char c = text.charAt(end - 1);
                if (!Text.ignoredInKey(c)) {
                    key.append(Text.keyChar(c));
                }
                if (key.length() < w.length() - tolerance || Text.ignoredInKey(c)) {
                    continue;
                }
                int d = plainDistance(key.toString(), w);
                if (d <= tolerance && (d < bestDistance || d == bestDistance && end > bestEnd)) {
                    bestDistance = d;
                    bestEnd = end;
                }
            }
        }
        return bestEnd;
    }

    @Test
    void boundedDistanceIsThePlainDistanceUpToItsBound() {
        Random random = new Random(4);
        String alphabet = "情况公开政府信息主动依申请ab年 ";
        for (int n = 0; n < 30_000; n++) {
            String a = RandomText.of(random, alphabet, 14);
            String b = RandomText.of(random, alphabet, 14);
            int plain = plainDistance(a, b);
            assertEquals(plain, Text.distance(a, b), a + " / " + b);
            for (int max = 0; max <= 8; max++) {
                assertEquals(Math.min(plain, max + 1), Text.distance(a, b, max), a + " / " + b + " max " + max);
            }
        }
    }

    @Test
    void keysAndTitlePrefixesAreThePlainOnes() throws IOException {
        Templates templates = Templates.builtIn();
        SectionTitles titles = templates.sectionTitles();
        List<List<String>> wordings = new java.util.ArrayList<>();
        for (int number = 1; number <= 6; number++) {
            wordings.add(new java.util.ArrayList<>());
        }
        for (TemplateSpec.Section s : templates.sections()) {
            List<String> w = wordings.get(s.number() - 1);
            w.add(Text.key(s.shortTitle()));
            s.longTitles().forEach(l -> w.add(Text.key(l)));
            s.variants().forEach(v -> w.add(Text.key(v)));
        }
        List<String> texts = new java.util.ArrayList<>();
        Random random = new Random(6);
        for (int n = 0; n < 3_000; n++) {
            texts.add(RandomText.of(random, NOISY + "总体情况主动公开政府信息收到和处理政府信息公开申请情况存在的主要问题及改进", 30));
        }
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("samples")), Files.walk(Path.of("features")))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".feature"))
                    .toList()) {
                texts.addAll(Text.lines(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)));
            }
        }
        for (String t : texts) {
            assertEquals(plainKey(t), Text.key(t), t);
            String cleaned = Text.clean(t);
            for (int number = 1; number <= 6; number++) {
                assertEquals(plainPrefix(wordings.get(number - 1), cleaned), titles.prefix(number, cleaned),
                        number + ": " + t);
            }
        }
    }
}
