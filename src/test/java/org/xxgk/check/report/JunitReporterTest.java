package org.xxgk.check.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReporterTest {

    static Document write() throws Exception {
        StringWriter s = new StringWriter();
        new JunitReporter(new PrintWriter(s)).write(ReportFixtures.reports(), ReportFixtures.run());
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(s.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                found.add(e);
            }
        }
        return found;
    }

    private static int attr(Element e, String name) {
        return Integer.parseInt(e.getAttribute(name));
    }

    @Test
    void countsMatchTheSuitesAndCases() throws Exception {
        Element root = write().getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        List<Element> suites = children(root, "testsuite");
        assertEquals(3, suites.size(), "one suite per report");
        int tests = 0;
        int failures = 0;
        int errors = 0;
        for (Element suite : suites) {
            List<Element> cases = children(suite, "testcase");
            assertEquals(cases.size(), attr(suite, "tests"), suite.getAttribute("name"));
            long failed = cases.stream().filter(c -> !children(c, "failure").isEmpty()).count();
            long erred = cases.stream().filter(c -> !children(c, "error").isEmpty()).count();
            assertEquals(failed, attr(suite, "failures"));
            assertEquals(erred, attr(suite, "errors"));
            tests += cases.size();
            failures += (int) failed;
            errors += (int) erred;
        }
        assertEquals(tests, attr(root, "tests"));
        assertEquals(failures, attr(root, "failures"));
        assertEquals(errors, attr(root, "errors"));
        assertEquals(5 + 4 + 1, tests, "rules in force (and a rule only a finding names), per report; 1 for the unreadable");
        assertEquals(1, failures, "TABLE-ROW-TOTAL fails; a suppressed error does not");
        assertEquals(1, errors);
    }

    @Test
    void aRuleWithErrorsFailsWithEveryFindingAndWarningsGoToSystemOut() throws Exception {
        Element suite = children(write().getDocumentElement(), "testsuite").get(0);
        assertEquals("年报/2024 消防&大队.pdf", suite.getAttribute("name"));
        Element rowTotal = children(suite, "testcase").stream()
                .filter(c -> c.getAttribute("name").equals("TABLE-ROW-TOTAL 第三部分表格总计列与各类申请人之和不符")).findFirst()
                .orElseThrow();
        assertEquals("年报/2024 消防&大队_pdf", rowTotal.getAttribute("classname"));
        Element failure = children(rowTotal, "failure").get(0);
        assertEquals("第68行：第三部分表格“一、本年新收”行总计列为0，但各列之和为5（共 2 处）", failure.getAttribute("message"));
        assertEquals(2, failure.getTextContent().split("\n").length);
        assertTrue(failure.getTextContent().contains(":70: 错误 [TABLE-ROW-TOTAL]"));

        Element agency = children(suite, "testcase").stream()
                .filter(c -> c.getAttribute("name").startsWith("META-AGENCY-NAME ")).findFirst().orElseThrow();
        assertTrue(children(agency, "failure").isEmpty(), "a warning does not fail");
        String out = children(agency, "system-out").get(0).getTextContent();
        assertTrue(out.contains("警告 [META-AGENCY-NAME] 机关名称写作" + ReportFixtures.SCRIPT), out);
        assertFalse(out.contains("\u0001"), "characters XML cannot hold are dropped");

        Element fee = children(suite, "testcase").stream()
                .filter(c -> c.getAttribute("name").startsWith("FEE-STATEMENT-MISSING ")).findFirst().orElseThrow();
        assertTrue(children(fee, "failure").isEmpty());
        assertTrue(children(fee, "system-out").get(0).getTextContent().contains("已抑制：本单位不收费"));
    }

    @Test
    void unreadableReportIsAnError() throws Exception {
        Element suite = children(write().getDocumentElement(), "testsuite").get(2);
        List<Element> cases = children(suite, "testcase");
        assertEquals(1, cases.size());
        assertEquals("读取年报", cases.get(0).getAttribute("name"));
        assertEquals("PDF 中没有可提取的文字（可能是扫描件），请先做文字识别",
                children(cases.get(0), "error").get(0).getAttribute("message"));
    }
}
