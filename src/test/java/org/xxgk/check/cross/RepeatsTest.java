package org.xxgk.check.cross;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xxgk.check.fact.RepeatedText;
import org.xxgk.check.input.InputException;
import org.xxgk.check.parse.ReportParser;
import org.xxgk.check.template.Templates;

/**
 * The repeated-text measure: a section copied with its year changed repeats wholly, unrelated text hardly at all,
 * template phrases and phrases most of a batch shares do not count, and another agency's copy is found through the
 * index among many reports.
 */
class RepeatsTest {

    private static final ReportParser PARSER = new ReportParser(Templates.builtIn());
    static final String CLEAN_2024 = read("features/fixtures/2024-clean.txt");
    static final String CLEAN_2023 = read("features/fixtures/2023-clean.txt");
    private static final String FIVE_2024 = "一是主动公开的政策解读形式较为单一，图解、视频解读偏少；二是部分科室对公文公开属性认定把关不够细。"
            + "下一步，我局将丰富解读形式，每季度开展一次公开属性抽查。";

    static String read(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Digest digest(String file, String text) {
        try {
            return Digest.of(PARSER.parse(file, text));
        } catch (InputException e) {
            throw new AssertionError(e);
        }
    }

    /** {@code text} with the one line that starts with {@code start} replaced. */
    static String replaced(String text, String start, String line) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                at = i;
            }
        }
        assertTrue(at >= 0, start);
        lines.set(at, line);
        return String.join("\n", lines);
    }

    private static List<RepeatedText> measure(List<Digest> all, Digest d, Digest previous) {
        Pairing pairing = new Pairing(all, Templates.builtIn().agencyNames());
        return new Repeats(all, pairing, Repeats.Knowledge.builtIn()).measure(d, previous);
    }

    private static RepeatedText section(List<RepeatedText> found, int section, boolean sameAgency) {
        return found.stream().filter(t -> t.section() == section && t.sameAgency() == sameAgency).findFirst()
                .orElse(null);
    }

    @Test
    void lastYearsSectionFiveWithTheYearChangedRepeatsWholly() {
        Digest now = digest("2024.txt", replaced(CLEAN_2024, "一是主动公开", FIVE_2024.replace("下一步", "2025年")));
        Digest last = digest("2023.txt", replaced(CLEAN_2023, "一是执法信息公开", FIVE_2024.replace("下一步", "2024年")));
        RepeatedText five = section(measure(List.of(last, now), now, last), 5, true);
        assertEquals(new BigDecimal("100.0"), five.percent());
        assertEquals(67, five.thisLine());
        assertEquals(67, five.line());
        assertEquals("第67行“一是主动公开的政策解读形式较为单一，图解…”（该年报第67行）；"
                + "第67行“二是部分科室对公文公开属性认定把关不够细…”（该年报第67行）", five.quotes());
    }

    @Test
    void theCleanPairRepeatsLittle() {
        Digest now = digest("2024.txt", CLEAN_2024);
        Digest last = digest("2023.txt", CLEAN_2023);
        List<RepeatedText> found = measure(List.of(last, now), now, last);
        assertTrue(section(found, 5, true).percent().compareTo(BigDecimal.TEN) < 0, found.toString());
        assertTrue(section(found, 1, true).percent().compareTo(new BigDecimal("20")) < 0, found.toString());
    }

    @Test
    void templatePhrasesDoNotCount() {
        String slogan = "坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》。";
        Digest now = digest("2024.txt", replaced(CLEAN_2024, "一是主动公开", slogan + FIVE_2024));
        Digest last = digest("2023.txt", replaced(CLEAN_2023, "一是执法信息公开", slogan + "今年没有别的问题需要说明。"));
        RepeatedText five = section(measure(List.of(last, now), now, last), 5, true);
        assertTrue(five.percent().compareTo(BigDecimal.ONE) < 0, five.toString());
    }

    /** Twenty reports of different agencies share one stock sentence in 五: it is boilerplate, the rest is theirs. */
    @Test
    void aSentenceMostOfABigBatchSharesDoesNotCount() {
        String stock = "对照上级要求和群众期盼，我们的工作还存在一定差距，需要在今后的工作中加以改进和完善。";
        List<Digest> all = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String own = "本单位第" + "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉".charAt(i) + "项工作的问题在于台账登记不及时，"
                    + "将由分管领导每月督办" + "一二三四五六七八九十".charAt(i % 10) + "次。";
            String text = replaced(CLEAN_2024, "一是主动公开", stock + own);
            all.add(digest(i + ".txt", replaced(text, "青山市河东区应急管理局2024", "第" + i + "号单位" + i
                    + "局2024年政府信息公开工作年度报告")));
        }
        Pairing pairing = new Pairing(all, Templates.builtIn().agencyNames());
        Repeats repeats = new Repeats(all, pairing, Repeats.Knowledge.builtIn());
        RepeatedText five = repeats.compare(all.get(0), all.get(1), 5, false);
        assertTrue(five.percent().compareTo(new BigDecimal("50")) < 0, five.toString());
        List<Digest> few = all.subList(0, 5);
        Repeats small = new Repeats(few, new Pairing(few, Templates.builtIn().agencyNames()), Repeats.Knowledge.builtIn());
        assertTrue(small.compare(few.get(0), few.get(1), 5, false).percent().compareTo(five.percent()) > 0,
                "five reports are too few to tell boilerplate: the stock sentence counts");
    }

    @Test
    void anotherAgencysCopyIsFoundAmongMany() {
        List<Digest> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String own = "本局第" + i + "项问题：" + "甲乙丙丁戊己庚辛壬癸".repeat(3).substring(i % 10, i % 10 + 12)
                    + "方面的公开不够及时，将建立" + "子丑寅卯辰巳午未申酉".repeat(3).substring(i % 10, i % 10 + 8) + "台账。";
            String text = replaced(CLEAN_2024, "一是主动公开", own);
            all.add(digest(i + ".txt", replaced(text, "青山市河东区应急管理局2024", "青山市第" + i + "局2024年政府信息公开工作年度报告")));
        }
        Digest copier = digest("copier.txt", replaced(replaced(CLEAN_2024, "一是主动公开",
                "一是主动公开的政策解读形式较为单一，图解、视频解读偏少。"), "青山市河东区应急管理局2024",
                "青山市河西区交通运输局2024年政府信息公开工作年度报告"));
        Digest original = digest("original.txt", replaced(CLEAN_2024, "一是主动公开", FIVE_2024));
        all.add(original);
        all.add(copier);
        Pairing pairing = new Pairing(all, Templates.builtIn().agencyNames());
        Repeats repeats = new Repeats(all, pairing, Repeats.Knowledge.builtIn());
        assertSame(original, repeats.otherAgency(copier, 5));
        RepeatedText five = section(repeats.measure(copier, null), 5, false);
        assertNotNull(five);
        assertEquals(new BigDecimal("100.0"), five.percent());
        assertEquals("original.txt", five.file());
        assertNull(repeats.otherAgency(digest("alone.txt", replaced(CLEAN_2024, "一是主动公开",
                "今年的工作没有发现值得一提的新问题，明年继续保持。")), 5), "nothing shared: no other report to compare with");
    }
}
