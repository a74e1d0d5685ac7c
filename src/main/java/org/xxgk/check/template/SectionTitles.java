package org.xxgk.check.template;

import java.util.ArrayList;
import java.util.List;

/**
 * What sections.yaml knows about the six section titles, as the section finders ask it: is a title about section N
 * (a keyword of N, or near one of its wordings), which section's wording is a title near, where does a title that
 * runs into its first sentence end.
 *
 * <p>"Near" allows typos and lost characters: one edit per five characters of the wording, at least one
 * (「存在的主要问题及改近情况」 is section 五's title with a typo). Comparisons are on {@link Text#key} forms.
 */
public final class SectionTitles {

    /** A wording of a section title and its form: short (attachment), long (notice body) or other (a variant). */
    private record Wording(int number, String key, String form) {
    }

    private final List<TemplateSpec.Section> sections;
    private final List<Wording> wordings = new ArrayList<>();
    private final List<List<String>> keywords = new ArrayList<>();

    SectionTitles(List<TemplateSpec.Section> sections) {
        this.sections = List.copyOf(sections);
        for (TemplateSpec.Section s : sections) {
            wordings.add(new Wording(s.number(), Text.key(s.shortTitle()), "short"));
            s.longTitles().forEach(l -> wordings.add(new Wording(s.number(), Text.key(l), "long")));
            s.variants().forEach(v -> wordings.add(new Wording(s.number(), Text.key(v), "other")));
            keywords.add(s.keywords().stream().map(Text::key).toList());
        }
    }

    /** The section's wording in the template attachment (「总体情况」). */
    public String shortTitle(int number) {
        return sections.get(number - 1).shortTitle();
    }

    /** The keywords that make a numbered title about section {@code number}. */
    public List<String> keywords(int number) {
        return sections.get(number - 1).keywords();
    }

    /** Edits allowed between a title and a wording of {@code length} characters. */
    private static int tolerance(int length) {
        return Math.max(1, length / 5);
    }

    /** Whether some wording of section {@code number} begins with {@code c} (a cheap test before {@link #prefix}). */
    public boolean mayStart(int number, char c) {
        char k = Text.keyChar(c);
        for (Wording w : wordings) {
            if (w.number() == number && !w.key().isEmpty() && w.key().charAt(0) == k) {
                return true;
            }
        }
        return false;
    }

    /** Whether a numbered title is about section {@code number}: it holds a keyword, or is near a wording. */
    public boolean about(int number, String titleKey) {
        for (String k : keywords.get(number - 1)) {
            if (titleKey.contains(k)) {
                return true;
            }
        }
        return near(number, titleKey);
    }

    /** Whether the title is near one of section {@code number}'s wordings. */
    public boolean near(int number, String titleKey) {
        for (Wording w : wordings) {
            if (w.number() == number && close(titleKey, w.key())) {
                return true;
            }
        }
        return false;
    }

    /** The one section a title is near a wording of, or 0 when none is, or when two sections' wordings are. */
    public int nearest(String titleKey) {
        int found = 0;
        int best = Integer.MAX_VALUE;
        boolean tie = false;
        for (Wording w : wordings) {
            int tolerance = tolerance(w.key().length());
            int d = Text.distance(titleKey, w.key(), tolerance);
            if (d > tolerance) {
                continue;
            }
            if (d < best) {
                best = d;
                found = w.number();
                tie = false;
            } else if (d == best && w.number() != found) {
                tie = true;
            }
        }
        return tie ? 0 : found;
    }

    /**
     * How a title is worded: {@code "short"}, {@code "long"}, or {@code "other"} (a variant, a typo, keywords only).
     */
    public String form(int number, String titleKey) {
        for (Wording w : wordings) {
            if (w.number() == number && w.key().equals(titleKey) && !w.form().equals("other")) {
                return w.form();
            }
        }
        return "other";
    }

    /**
     * Where a title that runs on into its body ends (「五、存在的主要问题及改进措施一是…」): the length of the prefix of
     * {@code text} (cleaned, as {@link Text#clean} gives it) nearest to a wording of section {@code number}, or -1
     * when no prefix is near one. The nearest prefix wins, and of equally near ones the longest (「主动公开政府信息情况」
     * rather than the variant 「主动公开政府信息」).
     */
    public int prefix(int number, String text) {
        char[] chars = text.toCharArray();
        int bestEnd = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (Wording w : wordings) {
            if (w.number() != number) {
                continue;
            }
            char[] wording = w.key().toCharArray();
            int m = wording.length;
            int tolerance = tolerance(m);
            // One row of the edit-distance table a key character: row r holds the distances from the first r key
            // characters of the text to each prefix of the wording, so its last cell is the prefix's distance.
            int[] prev = new int[m + 1];
            int[] cur = new int[m + 1];
            for (int j = 0; j <= m; j++) {
                prev[j] = j;
            }
            int r = 0;
            for (int end = 1; end <= chars.length && r < m + tolerance; end++) {
                char c = chars[end - 1];
                if (Text.ignoredInKey(c)) {
                    continue;
                }
                char k = Text.keyChar(c);
                r++;
                cur[0] = r;
                for (int j = 1; j <= m; j++) {
                    int v = prev[j - 1] + (k == wording[j - 1] ? 0 : 1);
                    v = Math.min(v, prev[j] + 1);
                    cur[j] = Math.min(v, cur[j - 1] + 1);
                }
                int[] t = prev;
                prev = cur;
                cur = t;
                if (r < m - tolerance) {
                    continue;
                }
                int d = prev[m];
                if (d <= tolerance && (d < bestDistance || d == bestDistance && end > bestEnd)) {
                    bestDistance = d;
                    bestEnd = end;
                }
            }
        }
        return bestEnd;
    }

    private static boolean close(String titleKey, String wordingKey) {
        int tolerance = tolerance(wordingKey.length());
        return Text.distance(titleKey, wordingKey, tolerance) <= tolerance;
    }
}
