package org.xxgk.check.cross;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.xxgk.check.fact.Sentence;
import org.xxgk.check.template.Text;

/**
 * What the cross-report phase keeps of one section's prose (一 or 五): the phrase hashes of its sentences (every
 * phrase of 五, one in four of the longer 一), the line of each sentence and its first words to quote, never the whole
 * text. Section 五 of 400 characters keeps about 400 hashes (1.6 KB) and a 20-character quote per sentence.
 *
 * @param heading the line of the section's heading
 * @param rate    one phrase in this many is kept (a power of two)
 * @param chars   the cleaned text's length (letters and digits)
 * @param hashes  sampled phrase hashes ({@link Shingles}), sentence after sentence
 * @param starts  sentence {@code k}'s hashes are {@code hashes[starts[k]] … hashes[starts[k + 1] - 1]}
 * @param lines   sentence {@code k}'s line
 * @param quotes  each sentence's first {@value #QUOTE} characters as written (「…」 when cut), separated by 「\n」
 */
record SectionText(int heading, int rate, int chars, int[] hashes, int[] starts, int[] lines, String quotes) {

    /** Characters of a sentence kept for quoting. */
    static final int QUOTE = 20;

    static final SectionText NONE = new SectionText(0, 1, 0, new int[0], new int[] {0}, new int[0], "");

    /** A colon ends a piece too: 「…抓好以下工作：」「一是…」 are quoted apart. */
    private static final String COLON = "：:";

    /**
     * The section's sentences (those of {@code section}, in order), cut at colons as well.
     *
     * @param cut phrases (cleaned) left out of the measure: the template's
     */
    static SectionText of(int heading, int section, int rate, List<Sentence> all, List<String> cut) {
        List<Sentence> mine = new ArrayList<>();
        for (Sentence s : all) {
            if (s.section() == section) {
                for (String piece : Text.splitAfter(s.text(), COLON)) {
                    if (!piece.isBlank()) {
                        mine.add(new Sentence(section, s.line(), piece.strip()));
                    }
                }
            }
        }
        int[][] pieces = new int[mine.size()][];
        int[] starts = new int[mine.size() + 1];
        int[] lines = new int[mine.size()];
        StringBuilder quotes = new StringBuilder();
        int chars = 0;
        for (int k = 0; k < mine.size(); k++) {
            Sentence s = mine.get(k);
            String cleaned = Shingles.clean(s.text());
            chars += cleaned.length();
            pieces[k] = Shingles.sample(cleaned, rate, cut);
            starts[k + 1] = starts[k] + pieces[k].length;
            lines[k] = s.line();
            String text = Text.compact(s.text()).replace('\n', ' ');
            if (k > 0) {
                quotes.append('\n');
            }
            quotes.append(text.length() > QUOTE ? text.substring(0, QUOTE) + "…" : text);
        }
        int[] hashes = new int[starts[mine.size()]];
        for (int k = 0; k < mine.size(); k++) {
            System.arraycopy(pieces[k], 0, hashes, starts[k], pieces[k].length);
        }
        return new SectionText(heading, rate, chars, hashes, starts, lines, quotes.toString());
    }

    /** About how many bytes the section holds on the heap. */
    long bytes() {
        return 16L * 4 + 4L * (hashes.length + starts.length + lines.length) + 40 + 2L * quotes.length();
    }

    int sentences() {
        return lines.length;
    }

    /** Sentence {@code k}'s quote. */
    String quote(int k) {
        int from = 0;
        for (int i = 0; i < k; i++) {
            from = quotes.indexOf('\n', from) + 1;
        }
        int to = quotes.indexOf('\n', from);
        return to < 0 ? quotes.substring(from) : quotes.substring(from, to);
    }

    /** The sentence whose hashes include position {@code i} of {@link #hashes}. */
    int sentenceAt(int i) {
        int k = Arrays.binarySearch(starts, i);
        if (k >= 0) {
            while (k + 1 < starts.length && starts[k + 1] == i) {
                k++; // sentences without hashes share the start of the next
            }
            return k;
        }
        return -k - 2;
    }

    /** The hashes, sorted, for membership tests. */
    int[] sorted() {
        int[] s = hashes.clone();
        Arrays.sort(s);
        return s;
    }
}
