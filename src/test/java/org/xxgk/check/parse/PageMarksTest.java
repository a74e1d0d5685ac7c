package org.xxgk.check.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xxgk.check.template.Templates;
import org.xxgk.check.template.Text;

/**
 * Page marks (tables.yaml {@code page-marks}): what is one and what is not, and the parser's cheap first-character
 * test never turns one away (over every character of the BMP in front of every mark's tail).
 */
class PageMarksTest {

    private static final Templates TEMPLATES = Templates.builtIn();

    @Test
    void marksAreMarksAndContentIsNot() {
        for (String mark : List.of("- 3 -", "— 12 —", "－3－", "第3页", "第 3 页 共 10 页", "第3页/共10页", "共10页 第3页",
                "P. 9", "p9", "Ｐ．９", "Page 9", "Page 9 of 12", "Page 9 - 2020年报_审计局", "  ## - 3 -")) {
            assertTrue(TEMPLATES.isPageMark(Text.clean(mark)), mark);
            assertTrue(ReportParser.mayBePageMark(mark), mark);
        }
        for (String content : List.of("3", "0", "-3", "—", "/", "第三部分", "第二十条第（一）项", "共收到申请5件",
                "P", "Page", "第3页的内容如下", "- 3 - 本年度", "行政许可 3")) {
            assertFalse(TEMPLATES.isPageMark(Text.clean(content)), content);
        }
    }

    @Test
    void theFirstCharacterTestTurnsNoMarkAway() {
        List<String> tails = List.of(" 3 -", "3页 共9页", ". 3", "age 3 - 标题", "3", "10页 第3页", "");
        List<String> heads = List.of("", " ", "\u3000", "## ", "**", "\t");
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            for (String head : heads) {
                for (String tail : tails) {
                    String line = head + (char) c + tail;
                    if (!ReportParser.mayBePageMark(line)) {
                        assertFalse(TEMPLATES.isPageMark(Text.clean(line)),
                                () -> "U+" + Integer.toHexString(line.charAt(head.length())) + ": " + line);
                    }
                }
            }
        }
    }
}
