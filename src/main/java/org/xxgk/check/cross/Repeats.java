package org.xxgk.check.cross;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xxgk.check.fact.RepeatedText;
import org.xxgk.check.template.Templates;

/**
 * Measures repeated text in sections 一 and 五, in time and memory proportional to the batch's text: each report
 * against last year's report of its agency, and against the report of another agency of the same year that shares
 * most of its rarer phrases, found through an inverted index from phrase to reports (never all pairs). Phrases of the
 * template ({@code templates/repeats.yaml}) and phrases most reports of a big enough batch share are left out of
 * every share. Only measures: whether a share is too high is CROSS-REPEATED-TEXT's decision.
 */
final class Repeats {

    /** Phrases in more reports than this do not choose the other agency's report (they still count in a share). */
    static final int CANDIDATE_LIMIT = 64;
    /** The index that finds the other agency's report holds one phrase in this many: enough to find it. */
    static final int INDEX_RATE = 8;
    /** Sentences quoted per finding. */
    static final int QUOTED = 2;
    /** Counters of the phrases' document frequency (a count-min sketch of one row, 4 MB per section). */
    private static final int COUNTERS = 1 << 20;
    private static final int[] SECTIONS = {1, 5};

    /** {@code templates/repeats.yaml}. */
    record Knowledge(List<String> phrases, double batchShare, int batchMinimum) {

        private static volatile Knowledge builtIn;
        private static volatile List<String> cut;

        static Knowledge builtIn() {
            Knowledge k = builtIn;
            if (k == null) {
                try (InputStream in = Repeats.class.getResourceAsStream("/templates/repeats.yaml")) {
                    k = Templates.yamlMapper().readValue(in, Knowledge.class);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                cut = k.phrases().stream().map(Shingles::clean).filter(p -> p.length() >= Shingles.SIZE).toList();
                builtIn = k;
            }
            return k;
        }

        /** The built-in template phrases as the measure sees them (letters and digits only). */
        static List<String> cut() {
            builtIn();
            return cut;
        }
    }

    private final List<Digest> all;
    private final Pairing pairing;
    /** Per section (index 1 or 5): how many reports hold each phrase, counted in shared counters, or null. */
    private final int[][] frequency = new int[6][];
    /** Per section: above this count a phrase is one most reports share. */
    private final double[] common = new double[6];
    /** Per section: (hash << 32 | report index) of the indexed phrases, sorted; each report's phrase once. */
    private final long[][] postings = new long[6][];

    Repeats(List<Digest> all, Pairing pairing, Knowledge knowledge) {
        this.all = all;
        this.pairing = pairing;
        for (int s : SECTIONS) {
            build(s, knowledge);
        }
    }

    /**
     * The inverted index of one section and, in a batch big enough to tell, the count of reports holding each
     * phrase. Counts share counters (a phrase's count is at least its true count, never less), so a rare phrase is
     * at worst taken for a common one and left out: a share can come out lower than it is, never higher.
     */
    private void build(int s, Knowledge knowledge) {
        int withText = 0;
        int indexed = 0;
        for (Digest d : all) {
            int[] h = d.section(s).hashes();
            withText += h.length > 0 ? 1 : 0;
            for (int x : h) {
                indexed += Shingles.kept(x, INDEX_RATE) ? 1 : 0;
            }
        }
        int[] counts = withText >= knowledge.batchMinimum() ? new int[COUNTERS] : null;
        long[] entries = new long[indexed];
        int n = 0;
        for (int i = 0; i < all.size(); i++) {
            for (int h : distinct(all.get(i).section(s).hashes())) {
                if (counts != null) {
                    counts[h & (COUNTERS - 1)]++;
                }
                if (Shingles.kept(h, INDEX_RATE)) {
                    entries[n++] = ((long) h << 32) | i;
                }
            }
        }
        entries = Arrays.copyOf(entries, n);
        Arrays.sort(entries);
        postings[s] = entries;
        frequency[s] = counts;
        common[s] = knowledge.batchShare() * withText;
    }

    private static int[] distinct(int[] hashes) {
        int[] s = hashes.clone();
        Arrays.sort(s);
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (i == 0 || s[i] != s[i - 1]) {
                s[n++] = s[i];
            }
        }
        return Arrays.copyOf(s, n);
    }

    /** Sections 一 and 五 of {@code d} against {@code previous} (may be null) and the best other agency's report. */
    List<RepeatedText> measure(Digest d, Digest previous) {
        List<RepeatedText> out = new ArrayList<>();
        for (int s : SECTIONS) {
            if (previous != null) {
                add(out, compare(d, previous, s, true));
            }
            Digest other = otherAgency(d, s);
            if (other != null) {
                add(out, compare(d, other, s, false));
            }
        }
        return out;
    }

    private static void add(List<RepeatedText> out, RepeatedText r) {
        if (r != null) {
            out.add(r);
        }
    }

    /** The same year's report of another agency that shares most of {@code d}'s rarer phrases (two at least). */
    Digest otherAgency(Digest d, int s) {
        Integer year = d.report().year();
        if (year == null || pairing.name(d) == null) {
            return null;
        }
        Map<Integer, Integer> votes = new HashMap<>();
        long[] entries = postings[s];
        for (int h : distinct(d.section(s).hashes())) {
            if (!Shingles.kept(h, INDEX_RATE) || boilerplate(s, h)) {
                continue;
            }
            int from = lowerBound(entries, (long) h << 32);
            int to = lowerBound(entries, ((long) h << 32) | 0xFFFFFFFFL);
            if (to - from > CANDIDATE_LIMIT) {
                continue;
            }
            for (int k = from; k < to; k++) {
                Digest o = all.get((int) entries[k]);
                if (o != d && year.equals(o.report().year()) && pairing.name(o) != null && !pairing.sameAgency(d, o)) {
                    votes.merge((int) entries[k], 1, Integer::sum);
                }
            }
        }
        int best = -1;
        int most = 1;
        for (Map.Entry<Integer, Integer> e : votes.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && best >= 0 && e.getKey() < best) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best < 0 ? null : all.get(best);
    }

    /** The share of {@code d}'s section {@code s} found in {@code other}'s, with the first repeated sentences. */
    RepeatedText compare(Digest d, Digest other, int s, boolean sameAgency) {
        SectionText mine = d.section(s);
        SectionText theirs = other.section(s);
        int[] present = theirs.sorted();
        int[] measured = new int[mine.sentences()];
        int[] found = new int[mine.sentences()];
        int measuredAll = 0;
        int foundAll = 0;
        for (int i = 0; i < mine.hashes().length; i++) {
            int h = mine.hashes()[i];
            if (boilerplate(s, h)) {
                continue;
            }
            int k = mine.sentenceAt(i);
            measured[k]++;
            measuredAll++;
            if (Arrays.binarySearch(present, h) >= 0) {
                found[k]++;
                foundAll++;
            }
        }
        if (measuredAll == 0) {
            return null;
        }
        List<String> quotes = new ArrayList<>();
        int thisLine = mine.heading();
        int otherLine = theirs.heading();
        for (int k = 0; k < mine.sentences() && quotes.size() < QUOTED; k++) {
            if (found[k] > 0 && found[k] * 2 >= measured[k]) {
                int where = lineIn(theirs, mine, k);
                if (quotes.isEmpty()) {
                    thisLine = mine.lines()[k];
                    otherLine = where;
                }
                quotes.add("第" + mine.lines()[k] + "行“" + mine.quote(k) + "”（该年报第" + where + "行）");
            }
        }
        BigDecimal percent = BigDecimal.valueOf(foundAll * 100L).divide(BigDecimal.valueOf(measuredAll), 1,
                RoundingMode.HALF_UP);
        Integer year = other.report().year();
        return new RepeatedText(s, percent, mine.chars(), measuredAll,
                sameAgency, other.file(), other.report().agency(), year == null ? 0 : year, thisLine, otherLine,
                String.join("；", quotes));
    }

    /** The line of the sentence of {@code theirs} that holds most of sentence {@code k}'s phrases. */
    private static int lineIn(SectionText theirs, SectionText mine, int k) {
        Map<Integer, Integer> sentenceOf = new HashMap<>();
        for (int i = theirs.hashes().length - 1; i >= 0; i--) {
            sentenceOf.put(theirs.hashes()[i], theirs.sentenceAt(i));
        }
        Map<Integer, Integer> votes = new HashMap<>();
        for (int i = mine.starts()[k]; i < mine.starts()[k + 1]; i++) {
            Integer at = sentenceOf.get(mine.hashes()[i]);
            if (at != null) {
                votes.merge(at, 1, Integer::sum);
            }
        }
        int best = -1;
        int most = 0;
        for (Map.Entry<Integer, Integer> e : votes.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && e.getKey() < best) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best < 0 ? theirs.heading() : theirs.lines()[best];
    }

    /** A phrase most reports of the batch hold in this section (the template's are cut out of every digest). */
    private boolean boilerplate(int s, int h) {
        return frequency[s] != null && frequency[s][h & (COUNTERS - 1)] > common[s];
    }

    private static int lowerBound(long[] a, long key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
