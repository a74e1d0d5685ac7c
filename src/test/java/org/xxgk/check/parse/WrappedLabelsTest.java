package org.xxgk.check.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xxgk.check.template.Templates;
import org.xxgk.check.template.Text;

/** What {@link WrappedLabels} joins, and what it leaves alone. */
class WrappedLabelsTest {

    private static final TableTokens TOKENS = new TableTokens(Templates.builtIn());

    private static List<String> join(String... lines) {
        return WrappedLabels.join(List.of(lines), 1, lines.length + 1, Set.of(), TOKENS);
    }

    /** The joined line is the parts cleaned ({@link Text#clean}: NFKC) and joined. */
    @Test
    void partsOfALabelAreJoinedOnTheLineOfTheValues() {
        assertEquals(List.of("", Text.clean("（二）部分公开（区分处理的，只计这一情形，不计其他情形） 0 0 0 0 0 0 1")),
                join("（二）部分公开（区分处理的，只计", "这一情形，不计其他情形） 0 0 0 0 0 0 1"));
        assertEquals(List.of(Text.clean("（四）无法提供 1.本机关不掌握相关政府信息 1 0 0 0 0 0 1"), ""),
                join("（四）无法提供 1.本机关不掌握 1 0 0 0 0 0 1", "相关政府信息"));
        assertEquals(List.of("", "", Text.clean("（二）部分公开（区分处理的，只计这一情形，不计其他情形） 0 0 0 0 0 0 1")),
                join("（二）部分公开（区分", "处理的，只计这一情形，", "不计其他情形） 0 0 0 0 0 0 1"));
        // cut after the item number: the second part is a label alone
        assertEquals(List.of(Text.clean("（四）无法提供 1.本机关不掌握相关政府信息 1 0 0 0 0 0 1"), ""),
                join("（四）无法提供 1. 1 0 0 0 0 0 1", "本机关不掌握相关政府信息"));
        // a group label split over the rows it spans leaves a part in front; it stays in front
        assertEquals(List.of("", Text.clean("（四）无 1.本机关不掌握相关政府信息 746 12 0 0 10 1 769")),
                join("（四）无 1.本机关不掌", "握相关政府信息 746 12 0 0 10 1 769"));
    }

    @Test
    void labelsProseAndValuesOnBothPartsAreLeftAlone() {
        List<String> labels = List.of("（一）予以公开 2 1 0 0 0 0 3", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        assertEquals(labels, join(labels.toArray(String[]::new)));
        List<String> prose = List.of("本年度我局收到的申请，按照规定的时限", "全部办结。");
        assertEquals(prose, join(prose.toArray(String[]::new)));
        List<String> twice = List.of("（一）予以公 2 1 0 0 0 0 3", "开 2 1 0 0 0 0 3");
        assertEquals(twice, join(twice.toArray(String[]::new)));
        List<String> pipes = List.of("| （一）予以公 |", "| 开 | 2 |");
        assertEquals(pipes, join(pipes.toArray(String[]::new)));
    }
}
