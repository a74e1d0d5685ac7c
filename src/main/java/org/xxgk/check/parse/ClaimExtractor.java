package org.xxgk.check.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xxgk.check.fact.Claim;
import org.xxgk.check.fact.Sentence;
import org.xxgk.check.template.SectionHeading;
import org.xxgk.check.template.TemplateSpec;
import org.xxgk.check.template.Templates;
import org.xxgk.check.template.Text;

/**
 * Finds what the prose states: the patterns of narrative.yaml run sentence by sentence over every line that is not
 * a table or a heading. Dates on a line of their own at the end are the signature date; names close to the title's
 * agency name but not equal to it are agency variants.
 */
final class ClaimExtractor {

    /** The characters that end a sentence: a line is cut after each. */
    private static final String SENTENCE_END = "。；！？;!?";
    private static final Pattern ARABIC_DATE = Pattern.compile("(\\d{4})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern CHINESE_DATE =
            Pattern.compile("([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");

    private record Compiled(String kind, Pattern regex, Pattern exclude, List<Integer> sections, boolean clauses,
                            int[] keywords) {
    }

    /** The characters that end a clause. */
    private static final String CLAUSE_END = ",，;；";

    private final Templates templates;
    private final List<Compiled> patterns = new ArrayList<>();
    /** Every pattern's keywords, each once: a sentence is searched for each of them once, not once a pattern. */
    private final List<String> keywords = new ArrayList<>();
    /** The first characters of {@link #keywords}, as bits, and which keywords begin with each. */
    private final long[] firstChars = new long[1 << 10];
    private final Map<Character, int[]> byFirst = new HashMap<>();
    /** The keys of narrative.yaml's section-none wordings (「无」), and the most CJK ideographs one holds. */
    private final Set<String> none = new HashSet<>();
    private final int noneIdeographs;

    ClaimExtractor(Templates templates) {
        this.templates = templates;
        for (TemplateSpec.ClaimPattern p : templates.narrative().claims()) {
            patterns.add(new Compiled(p.kind(), Pattern.compile(p.regex()),
                    p.exclude() == null ? null : Pattern.compile(p.exclude()), p.sections(), p.clauses(),
                    keywordIndexes(p.keywords())));
        }
        for (int w = 0; w < keywords.size(); w++) {
            String k = keywords.get(w);
            if (!k.isEmpty()) {
                char c = k.charAt(0);
                firstChars[c >>> 6] |= 1L << c;
                int[] old = byFirst.getOrDefault(c, new int[0]);
                int[] now = Arrays.copyOf(old, old.length + 1);
                now[old.length] = w;
                byFirst.put(c, now);
            }
        }
        templates.narrative().sectionNone().forEach(n -> none.add(Text.key(n)));
        noneIdeographs = none.stream().mapToInt(ClaimExtractor::ideographs).max().orElse(0);
    }

    private int[] keywordIndexes(List<String> words) {
        if (words == null) {
            return new int[0];
        }
        int[] indexes = new int[words.size()];
        for (int i = 0; i < indexes.length; i++) {
            int at = keywords.indexOf(words.get(i));
            if (at < 0) {
                at = keywords.size();
                keywords.add(words.get(i));
            }
            indexes[i] = at;
        }
        return indexes;
    }

    /**
     * The CJK unified ideographs in a text: {@link Text#key} keeps every one of them (NFKC maps none, no composition
     * takes one in, none is white space or punctuation), so a text with more than a wording's key holds is not it.
     */
    private static int ideographs(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF') {
                n++;
            }
        }
        return n;
    }

    /**
     * @param lines     the report's prose: its lines with tables, title and headings blanked (a heading line keeps
     *                  the text after its title)
     * @param sectionOf 1-based line → section number (0 before the first section)
     */
    List<Claim> extract(List<String> lines, int[] sectionOf) {
        List<Claim> claims = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            String text = Text.clean(lines.get(i));
            if (text.isEmpty()) {
                continue;
            }
            int section = sectionOf[line];
            if (!mayMatch(present(text), section)) {
                continue; // most lines hold no pattern's keyword: not cut into sentences
            }
            String[] sentences = Text.splitAfter(text, SENTENCE_END);
            String[] shown = null;
            for (int k = 0; k < sentences.length; k++) {
                String sentence = sentences[k];
                boolean[] present = present(sentence);
                for (Compiled p : patterns) {
                    if (!mayMatch(p, present, section)) {
                        continue;
                    }
                    Matcher m = match(p, sentence);
                    if (m == null) {
                        continue;
                    }
                    // Match on the normalised text (ASCII digits), but quote the sentence as the report wrote it.
                    if (shown == null) {
                        shown = Text.splitAfter(Text.display(lines.get(i)), SENTENCE_END);
                    }
                    String quoted = (shown.length == sentences.length ? shown[k] : sentence).strip();
                    String value = hasValueGroup(p.regex()) && m.group("value") != null ? m.group("value") : "";
                    if (p.kind().endsWith("-date")) {
                        value = isoDate(value);
                    }
                    if (seen.add(p.kind() + "\u0000" + line)) {
                        claims.add(new Claim(p.kind(), value, line, section, quoted));
                    }
                }
            }
        }
        return claims;
    }

    /** The section body (its prose lines, as {@link #extract} takes them) that says only 「无」 (or a YAML variant of it) becomes a section-none claim. */
    List<Claim> sectionNone(List<String> lines, List<SectionHeading> headings, int[] ends) {
        List<Claim> claims = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            SectionHeading heading = headings.get(h);
            StringBuilder body = new StringBuilder();
            int first = 0;
            int ideographs = 0;
            for (int line = heading.line(); line <= ends[h] && ideographs <= noneIdeographs; line++) {
                if (Text.isBlank(lines.get(line - 1))) {
                    continue;
                }
                if (first == 0) {
                    first = line;
                }
                String cleaned = Text.clean(lines.get(line - 1));
                body.append(cleaned);
                ideographs += ideographs(cleaned);
            }
            // a body of more ideographs than any wording holds is not one (most bodies: no key made of them)
            if (first > 0 && ideographs <= noneIdeographs && none.contains(Text.key(body.toString()))) {
                claims.add(new Claim("section-none", String.valueOf(heading.number()), first, heading.number(),
                        body.toString()));
            }
        }
        return claims;
    }

    /**
     * A section of those {@code section-brief} names whose prose is at most one sentence shorter than its
     * {@code max-chars} (an empty body, 「无」, 「工作中还存在一些不足，下一步将继续改进。」) becomes a section-brief claim:
     * value the length (white space not counted), on the sentence's line (the heading's when the body is empty).
     */
    List<Claim> sectionBrief(List<Sentence> sentences, List<SectionHeading> headings) {
        TemplateSpec.SectionBrief brief = templates.narrative().sectionBrief();
        List<Claim> claims = new ArrayList<>();
        if (brief == null) {
            return claims;
        }
        for (SectionHeading heading : headings) {
            if (!brief.sections().contains(heading.number())
                    || claims.stream().anyMatch(c -> c.section() == heading.number())) {
                continue;
            }
            List<Sentence> body = sentences.stream().filter(s -> s.section() == heading.number()).toList();
            int length = body.stream().mapToInt(s -> Text.compact(Text.clean(s.text())).length()).sum();
            if (body.size() <= 1 && length < brief.maxChars()) {
                claims.add(new Claim("section-brief", String.valueOf(length),
                        body.isEmpty() ? heading.line() : body.get(0).line(), heading.number(),
                        body.isEmpty() ? "" : body.get(0).text()));
            }
        }
        return claims;
    }

    /** A date alone on one of the last lines: the signature date. */
    List<Claim> signatureDate(List<String> lines, int[] sectionOf) {
        int checked = 0;
        for (int i = lines.size() - 1; i >= 0 && checked < templates.narrative().signatureLines(); i--) {
            String text = Text.compact(Text.clean(lines.get(i)));
            if (text.isEmpty()) {
                continue;
            }
            checked++;
            String iso = null;
            Matcher a = ARABIC_DATE.matcher(text);
            Matcher c = CHINESE_DATE.matcher(text);
            if (a.matches()) {
                iso = isoDate(text);
            } else if (c.matches()) {
                iso = String.format("%04d-%02d-%02d", chineseDigits(c.group(1)), chineseNumber(c.group(2)),
                        chineseNumber(c.group(3)));
            }
            if (iso != null && !iso.isEmpty()) {
                return List.of(new Claim("signature-date", iso, i + 1, sectionOf[i + 1], text));
            }
        }
        return List.of();
    }

    /**
     * Which of {@link #keywords} the text holds: one pass over its characters, a keyword tried only where its first
     * character stands (not one search of the whole text a keyword).
     */
    private boolean[] present(String text) {
        boolean[] present = new boolean[keywords.size()];
        for (int w = 0; w < present.length; w++) {
            present[w] = keywords.get(w).isEmpty();
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if ((firstChars[c >>> 6] & 1L << c) == 0) {
                continue;
            }
            for (int w : byFirst.get(c)) {
                present[w] |= text.startsWith(keywords.get(w), i);
            }
        }
        return present;
    }

    /** Whether some pattern may match a text of the section that holds the {@code present} keywords. */
    private boolean mayMatch(boolean[] present, int section) {
        for (Compiled p : patterns) {
            if (mayMatch(p, present, section)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the pattern may match a text of the section that holds the {@code present} keywords: the section is
     * one of the pattern's, and the pattern has no keywords or the text holds one of them.
     */
    private static boolean mayMatch(Compiled p, boolean[] present, int section) {
        if (p.sections() != null && !p.sections().contains(section)) {
            return false;
        }
        if (p.keywords().length == 0) {
            return true;
        }
        for (int k : p.keywords()) {
            if (present[k]) {
                return true;
            }
        }
        return false;
    }

    /** The pattern's match in the sentence (in its first clause that matches, for a clause pattern), or null. */
    private static Matcher match(Compiled p, String sentence) {
        for (String piece : p.clauses() ? Text.splitAt(sentence, CLAUSE_END) : new String[] {sentence}) {
            Matcher m = p.regex().matcher(piece);
            if (m.find() && (p.exclude() == null || !p.exclude().matcher(piece).find())) {
                return m;
            }
        }
        return null;
    }

    private static boolean hasValueGroup(Pattern p) {
        return p.pattern().contains("(?<value>");
    }

    /** 「2025年01月23日」「2025-1-23」 → 2025-01-23; "" when it is no date. */
    static String isoDate(String text) {
        Matcher m = ARABIC_DATE.matcher(Text.compact(text));
        if (!m.find()) {
            return "";
        }
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return "";
        }
        return String.format("%s-%02d-%02d", m.group(1), month, day);
    }

    private static int chineseDigits(String s) {
        int n = 0;
        for (char ch : s.toCharArray()) {
            n = n * 10 + digit(ch);
        }
        return n;
    }

    private static int chineseNumber(String s) {
        if (s.equals("十")) {
            return 10;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digit(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(s.length() - 1));
        return tens * 10 + ones;
    }

    private static int digit(char ch) {
        return switch (ch) {
            case '〇', '零', '○', 'Ｏ' -> 0;
            default -> "一二三四五六七八九".indexOf(ch) + 1;
        };
    }
}
