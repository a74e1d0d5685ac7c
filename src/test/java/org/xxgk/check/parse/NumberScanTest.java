package org.xxgk.check.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.xxgk.check.template.Templates;

/** The table reader tells numbers by a scan, not a regular expression; it must accept exactly what the pattern does. */
class NumberScanTest {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

    @Test
    void theScanAcceptsWhatThePatternAccepts() {
        TableTokens reader = new TableTokens(Templates.builtIn());
        List<String> cases = new ArrayList<>(List.of("0", "12", "1,234", "12,345,678", "1234,567", "1,23", ",123", "12,",
                "+5", "-3", "+-3", "0.5", "44.895844", "1.", ".5", "1,234.5", "5件", "0.12万元", "万元", "件", "-", "",
                "12a", "1 2", "１２"));
        Random random = new Random(13);
        String alphabet = "0123456789,.+-件元 ";
        for (int i = 0; i < 20000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            cases.add(b.toString());
        }
        for (String c : cases) {
            String stripped = c;
            for (String unit : Templates.builtIn().units()) {
                if (c.endsWith(unit) && c.length() > unit.length()) {
                    stripped = c.substring(0, c.length() - unit.length());
                    break;
                }
            }
            assertEquals(NUMBER.matcher(stripped).matches(), reader.isNumber(c), "「" + c + "」");
        }
    }
}
