package org.xxgk.check.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final Subject CELL = Subject.cell("三", "（七）总计", "自然人");

    private static Finding finding(int line, Subject subject) {
        return new Finding("TABLE-RESULT-TOTAL", Severity.ERROR, line, "第" + line + "行的消息", "0", "2", subject);
    }

    private static String print(String file, String agency, Integer year, Finding f) {
        return new CheckedReport(file, agency, year, "2021", List.of(f), List.of(), null).findings().get(0).fingerprint();
    }

    @Test
    void theLineAndTheFileDoNotCountTheAgencyYearRuleAndSubjectDo() {
        String p = print("a/年报.txt", "甲局", 2024, finding(79, CELL));
        assertEquals(32, p.length());
        assertEquals(p, print("b/另存.pdf", "甲局", 2024, finding(82, CELL)), "moved and re-flowed");
        assertNotEquals(p, print("a/年报.txt", "乙局", 2024, finding(79, CELL)));
        assertNotEquals(p, print("a/年报.txt", "甲局", 2023, finding(79, CELL)));
        assertNotEquals(p, print("a/年报.txt", "甲局", 2024, finding(79, Subject.cell("三", "（七）总计", "其他"))));
        // Without agency and year, the file name (not its folder) is the report's identity.
        assertEquals(print("a/x.txt", null, null, finding(1, CELL)), print("b/x.txt", null, null, finding(1, CELL)));
        assertNotEquals(print("a/x.txt", null, null, finding(1, CELL)), print("a/y.txt", null, null, finding(1, CELL)));
    }

    @Test
    void twoFindingsOnOneSubjectGetTwoFingerprintsInReportOrder() {
        Finding first = new Finding("META-DEADLINE", Severity.WARNING, 5, "m", null, null);
        Finding second = new Finding("META-DEADLINE", Severity.WARNING, 90, "m", null, null);
        CheckedReport r = new CheckedReport("r.txt", "甲局", 2024, "2021", List.of(second, first), List.of(), null);
        String late = r.findings().get(0).fingerprint();
        String early = r.findings().get(1).fingerprint();
        assertNotEquals(early, late);
        CheckedReport shifted = new CheckedReport("r.txt", "甲局", 2024, "2021",
                List.of(new Finding("META-DEADLINE", Severity.WARNING, 7, "m", null, null)), List.of(), null);
        assertEquals(early, shifted.findings().get(0).fingerprint(), "the first keeps the plain fingerprint");
    }

    @Test
    void aBaselineMovesMatchingFindingsApart() {
        Finding f = finding(79, CELL);
        CheckedReport r = new CheckedReport("r.txt", "甲局", 2024, "2021",
                List.of(f, new Finding("FEE-STATEMENT-MISSING", Severity.ERROR, 90, "m", null, null)), List.of(), null);
        CheckedReport b = r.withBaseline(Set.of(r.findings().get(0).fingerprint()));
        assertEquals(List.of("FEE-STATEMENT-MISSING"), b.findings().stream().map(Finding::rule).toList());
        assertEquals(List.of("TABLE-RESULT-TOTAL"), b.baselined().stream().map(Finding::rule).toList());
        assertEquals(r.findings().get(0).fingerprint(), b.baselined().get(0).fingerprint());
    }
}
