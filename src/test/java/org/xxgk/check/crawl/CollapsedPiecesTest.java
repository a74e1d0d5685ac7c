package org.xxgk.check.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xxgk.check.template.Templates;

/** Cutting text whose cells ran together into labels and digit runs, and the splits of a run. */
class CollapsedPiecesTest {

    private final RunTokenizer tokenizer = new RunTokenizer(Templates.builtIn());

    private List<String> pieces(String text) {
        // labels by their key (the text as written is NFKC-cleaned: 「(一)」), everything else as written
        return tokenizer.pieces(text).stream()
                .map(p -> p.kind() + ":" + (p.kind() == RunTokenizer.Kind.LABEL ? p.key() : p.text())).toList();
    }

    @Test
    void labelsAndRunsOfTheIssuesExample() {
        assertEquals(List.of("LABEL:第二十条第（一）项", "LABEL:信息内容", "LABEL:本年制发件数", "LABEL:本年废止件数",
                        "LABEL:现行有效件数", "LABEL:规章", "DIGITS:000", "LABEL:行政规范性文件", "DIGITS:77132470"),
                pieces("第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件77132470"));
    }

    @Test
    void anItemNumberBelongsToItsLabelNotToTheRunBefore() {
        assertEquals(List.of("LABEL:（三）不予公开1.属于国家秘密", "DIGITS:0000000", "LABEL:2.其他法律行政法规禁止公开",
                        "DIGITS:0000000"),
                pieces("（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000"));
        assertEquals(List.of("LABEL:3.其他", "DIGITS:0000000"), pieces("3、其他0000000"));
        // a label cut short keeps its number, so that the reader can still place it
        assertEquals(List.of("DIGITS:0000000", "UNKNOWN:6. 属于四类过程", "DIGITS:0000000"),
                pieces("00000006. 属于四类过程0000000"));
    }

    @Test
    void whiteSpaceBetweenDigitsIsACellBoundaryAndLabelsMayContainSpaces() {
        assertEquals(List.of("LABEL:一、本年新收政府信息公开申请数量", "DIGITS:80", "DIGITS:10000", "DIGITS:81"),
                pieces("一、本年新收政府信息公开申请数量80 10000 81"));
        assertEquals(List.of("LABEL:结果维持", "LABEL:结果纠正", "LABEL:其他结果", "LABEL:尚未审结", "LABEL:总计"),
                pieces("结果 维持结果 纠正其他 结果尚未 审结总计"));
    }

    @Test
    void amountsSignsAndPlaceholders() {
        assertEquals(List.of("LABEL:行政事业性收费", "DIGITS:44.895844", "LABEL:第二十条第（九）项"),
                pieces("行政事业性收费44.895844第二十条第（九）项"));
        // a sign starts a cell; where the signed run ends is for the split to decide
        assertEquals(List.of("LABEL:行政许可", "DIGITS:1", "DIGITS:-352"), pieces("行政许可1-352"));
        assertEquals(List.of("LABEL:规章", "DIGITS:0", "PLACEHOLDER:/", "DIGITS:0"), pieces("规章0/0"));
    }

    @Test
    void shortLabelsInsideWordsAreProseNotColumns() {
        List<RunTokenizer.Piece> p = tokenizer.pieces("本年度其他事项总计较多，已全部办结。");
        assertEquals(1, p.size());
        assertEquals(RunTokenizer.Kind.PROSE, p.get(0).kind());
        assertEquals(List.of("UNKNOWN:持正果结持正果结", "DIGITS:000000000000000"), pieces("持正果结持正果结 000000000000000"));
    }

    private static List<DigitSplits.Item> runs(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> new DigitSplits.Item(t, t.equals("/"))).toList();
    }

    private static List<String> splits(List<DigitSplits.Item> items, int columns, List<DigitSplits.Own> own) {
        return DigitSplits.of(items, Collections.nCopies(columns, false), own, 100).splits().stream()
                .map(s -> String.join("|", s)).toList();
    }

    @Test
    void splitsHaveNoLeadingZeros() {
        assertEquals(List.of("1|0|52", "10|5|2"), splits(runs("1052"), 3, List.of()));
        assertEquals(List.of("0|0|0"), splits(runs("000"), 3, List.of()));
        assertEquals(List.of(), splits(runs("0012"), 2, List.of()), "0012 is at least three numbers");
        assertEquals(List.of("0|0|12"), splits(runs("0012"), 3, List.of()));
        // 801000081 into seven cells
        List<String> all = splits(runs("801000081"), 7, List.of());
        assertEquals(5, all.size());
        assertTrue(all.contains("80|1|0|0|0|0|81"));
        assertTrue(all.stream().noneMatch(s -> s.matches(".*(^|\\|)0\\d.*")));
    }

    @Test
    void theRowsOwnTotalKeepsTheSplitsThatAddUp() {
        DigitSplits.Own total = new DigitSplits.Own("row-total", 6, List.of(0, 1, 2, 3, 4, 5));
        assertEquals(List.of("80|1|0|0|0|0|81"), splits(runs("801000081"), 7, List.of(total)));
        assertEquals(List.of("1|10|0|0|0|0|11", "11|0|0|0|0|0|11"), splits(runs("110000011"), 7, List.of(total)));
        assertEquals(List.of(), splits(runs("801000082"), 7, List.of(total)));
        // runs separated by white space: 80 is one cell or two
        assertEquals(List.of("80|1|0|0|0|0|81"), splits(runs("80", "10000", "81"), 7, List.of(total)));
    }

    @Test
    void decimalPointsOnlyInAmountColumnsAndPlaceholdersFillOneCell() {
        assertEquals(List.of("44.895844"), DigitSplits.of(runs("44.895844"), List.of(true), List.of(), 10).splits()
                .stream().map(s -> s[0]).toList());
        assertTrue(DigitSplits.of(runs("44.895844"), List.of(false), List.of(), 10).splits().isEmpty());
        assertEquals(List.of("3|12.5", "31|2.5"), DigitSplits.of(runs("312.5"), List.of(false, true), List.of(), 10)
                .splits().stream().map(s -> String.join("|", s)).toList());
        assertEquals(List.of("0|/|12"), splits(runs("0", "/", "12"), 3, List.of()));
        assertFalse(DigitSplits.wellFormed("05", false));
        assertTrue(DigitSplits.wellFormed("0.5", true));
        assertNull(DigitSplits.value("/"));
    }

    @Test
    void theSearchStopsAtItsCapAndSaysSo() {
        DigitSplits.Result r = DigitSplits.of(runs("123456789123456789123456789"), Collections.nCopies(15, false),
                List.of(), 50);
        assertEquals(50, r.splits().size());
        assertFalse(r.complete());
    }
}
