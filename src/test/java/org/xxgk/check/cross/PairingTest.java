package org.xxgk.check.cross;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xxgk.check.fact.Report;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.template.Templates;

/** Which reports are one agency's consecutive years, and when pairing refuses to guess. */
class PairingTest {

    static Digest report(String file, String agency, Integer year) {
        return Digest.of(new ReportFacts(new Report(file, agency, "department", year, 1, "2021", 10, agency),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    private static Pairing pairing(Digest... all) {
        return new Pairing(new ArrayList<>(List.of(all)), Templates.builtIn().agencyNames());
    }

    @Test
    void aRegionPrefixInOneYearOnlyIsTheSameAgency() {
        Digest y2023 = report("2023.pdf", "洪泽区人民政府", 2023);
        Digest y2024 = report("2024.pdf", "淮安市洪泽区人民政府", 2024);
        Pairing p = pairing(y2023, y2024);
        assertSame(y2023, p.pair(y2024).previous());
        assertNull(p.pair(y2024).unpaired());
        assertNull(p.pair(y2023).previous(), "nothing of 2022 in the batch: no pair, and no reason to tell");
        assertNull(p.pair(y2023).unpaired());
    }

    @Test
    void fullWidthFormsAndSpacesDoNotMatter() {
        Digest a = report("a.txt", "某市 应急管理局（地震局）", 2023);
        Digest b = report("b.txt", "某市应急管理局(地震局)", 2024);
        assertSame(a, pairing(a, b).pair(b).previous());
    }

    @Test
    void twoDifferentRegionPrefixesAreTwoAgencies() {
        Digest nanjing = report("nj.txt", "南京市鼓楼区人民政府", 2023);
        Digest fuzhou = report("fz.txt", "福州市鼓楼区人民政府", 2024);
        assertNull(pairing(nanjing, fuzhou).pair(fuzhou).previous());
    }

    @Test
    void aGovernmentAndItsOfficeAreNotPaired() {
        Digest office = report("office.txt", "洪泽区人民政府办公室", 2023);
        Digest government = report("gov.txt", "洪泽区人民政府", 2024);
        assertNull(pairing(office, government).pair(government).previous());
    }

    @Test
    void yearsMustBeConsecutive() {
        Digest y2022 = report("2022.txt", "某县应急管理局", 2022);
        Digest y2024 = report("2024.txt", "某县应急管理局", 2024);
        assertNull(pairing(y2022, y2024).pair(y2024).previous());
    }

    @Test
    void withoutAnAgencyOrAYearThereIsNoPairAndTheReasonIsSaid() {
        Digest noAgency = report("x.txt", null, 2024);
        Digest noYear = report("y.txt", "某县应急管理局", null);
        Digest last = report("z.txt", "某县应急管理局", 2023);
        Pairing p = pairing(noAgency, noYear, last);
        assertEquals("no-agency", p.pair(noAgency).unpaired().reason());
        assertEquals("no-year", p.pair(noYear).unpaired().reason());
    }

    @Test
    void twoCandidatesOfLastYearAreNeverChosenBetween() {
        Digest pdf = report("2023.pdf", "某县应急管理局", 2023);
        Digest docx = report("2023.docx", "某县应急管理局", 2023);
        Digest now = report("2024.pdf", "某县应急管理局", 2024);
        Pairing.Pair pair = pairing(pdf, docx, now).pair(now);
        assertNull(pair.previous());
        assertEquals("ambiguous", pair.unpaired().reason());
        assertEquals("2023.pdf、2023.docx", pair.unpaired().candidates());
    }

    @Test
    void twoReportsOfOneAgencyAndYearAreEachPairedWithLastYear() {
        Digest last = report("2023.txt", "某县应急管理局", 2023);
        Digest a = report("2024-a.txt", "某县应急管理局", 2024);
        Digest b = report("2024-b.txt", "某县应急管理局", 2024);
        Pairing p = pairing(last, a, b);
        assertSame(last, p.pair(a).previous());
        assertSame(last, p.pair(b).previous());
    }
}
