package org.xxgk.check.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The colours of the view pass WCAG AA: 4.5:1 for text. */
class HtmlContrastTest {

    /** WCAG 2.x relative luminance of {@code #rrggbb}. */
    static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void theFormulaIsRight() {
        assertEquals(21.0, contrast("#000000", "#ffffff"), 1e-9);
        assertEquals(1.0, contrast("#777777", "#777777"), 1e-9);
        assertEquals(4.48, contrast("#777777", "#ffffff"), 0.01, "the well-known grey that just fails");
    }

    @Test
    void everyPairOfTextAndBackgroundPassesAA() {
        Map<String, String[]> pairs = Map.of(
                "白字在错误徽标上", new String[] {"#ffffff", Html.ERROR},
                "白字在警告徽标上", new String[] {"#ffffff", Html.WARNING},
                "白字在提示徽标上", new String[] {"#ffffff", Html.INFO},
                "正文在错误行底色上", new String[] {Html.TEXT, Html.ERROR_TINT},
                "正文在警告行底色上", new String[] {Html.TEXT, Html.WARNING_TINT},
                "正文在提示行底色上", new String[] {Html.TEXT, Html.INFO_TINT},
                "次要文字在白底上", new String[] {Html.MUTED, "#ffffff"},
                "行号在错误行底色上", new String[] {Html.MUTED, Html.ERROR_TINT},
                "链接在白底上", new String[] {"#0b57d0", "#ffffff"});
        pairs.forEach((what, p) -> assertTrue(contrast(p[0], p[1]) >= 4.5,
                what + "：" + p[0] + " / " + p[1] + " = " + contrast(p[0], p[1])));
    }
}
