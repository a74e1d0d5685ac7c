package org.xxgk.check.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.finding.Severity;

/**
 * JUnit XML, for CI dashboards (Jenkins, GitLab, Azure DevOps, GitHub test-report actions).
 *
 * <p>One {@code <testsuite>} per report; in it one {@code <testcase>} per rule in force, named
 * 「ID 规则标题」, with the report as its class name. Test names are then the same from run to run, so dashboards
 * can follow a rule's history, and a clean report shows as all rules passed. A rule with an error finding fails:
 * {@code <failure>} with the first error as its message and every finding of the rule, one per line, as its text.
 * Warnings and notes do not fail a test case (JUnit has no such level); they are listed in its
 * {@code <system-out>}, as are suppressed findings. A report that could not be read is a suite with one test case
 * 「读取年报」 in error.
 */
public final class JunitReporter implements Reporter {

    private final PrintWriter out;
    private RunInfo run;
    private Spool spool;
    private XMLStreamWriter suites;
    private int tests;
    private long failures;
    private long errors;

    public JunitReporter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin(RunInfo info) {
        run = info;
        spool = new Spool(".xml");
        try {
            suites = XMLOutputFactory.newFactory().createXMLStreamWriter(spool.writer());
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each suite goes to the spool at once; the root's totals are written at the end. */
    @Override
    public void report(CheckedReport r) {
        Suite s = suite(r, run);
        tests += s.tests();
        failures += s.failures();
        errors += r.error() != null ? 1 : 0;
        try {
            s.write(suites);
            suites.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void end(Summary summary) {
        try {
            suites.close();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            // The Jenkins schema allows name, time, tests, failures, disabled and errors here; no skipped.
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "xxgk-check");
            xml.writeAttribute("tests", String.valueOf(tests));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", String.valueOf(errors));
            xml.writeCharacters("");
            xml.flush();
            spool.copyTo(out);
            newline(xml, 0);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            out.println();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Case(String name, List<Finding> findings, List<CheckedReport.Suppressed> suppressed,
                        List<Finding> baselined) {
        Case(String name) {
            this(name, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        boolean failed() {
            return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        }
    }

    private record Suite(CheckedReport report, List<Case> cases) {
        int tests() {
            return report.error() != null ? 1 : cases.size();
        }

        long failures() {
            return report.error() != null ? 0 : cases.stream().filter(Case::failed).count();
        }

        void write(XMLStreamWriter xml) throws XMLStreamException {
            CheckedReport r = report;
            String className = className(r.file());
            newline(xml, 1);
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", clean(r.file()));
            xml.writeAttribute("tests", String.valueOf(tests()));
            xml.writeAttribute("failures", String.valueOf(failures()));
            xml.writeAttribute("errors", r.error() != null ? "1" : "0");
            xml.writeAttribute("skipped", "0");
            if (r.error() != null) {
                newline(xml, 2);
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", className);
                xml.writeAttribute("name", "读取年报");
                newline(xml, 3);
                xml.writeStartElement("error");
                xml.writeAttribute("type", "input");
                xml.writeAttribute("message", clean(r.error()));
                xml.writeCharacters(clean(r.file() + ": 错误: " + r.error()));
                xml.writeEndElement();
                newline(xml, 2);
                xml.writeEndElement();
                newline(xml, 1);
                xml.writeEndElement();
                return;
            }
            newline(xml, 2);
            xml.writeStartElement("properties");
            property(xml, "agency", r.agency());
            property(xml, "year", r.year() == null ? null : String.valueOf(r.year()));
            property(xml, "template", r.template());
            newline(xml, 2);
            xml.writeEndElement();
            for (Case c : cases) {
                newline(xml, 2);
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", className);
                xml.writeAttribute("name", clean(c.name()));
                List<String> lines = new ArrayList<>();
                for (Finding f : c.findings()) {
                    lines.add(line(r.file(), f));
                }
                if (c.failed()) {
                    Finding first = c.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst()
                            .orElseThrow();
                    long errors = c.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
                    newline(xml, 3);
                    xml.writeStartElement("failure");
                    xml.writeAttribute("type", first.rule());
                    xml.writeAttribute("message", clean((first.line() > 0 ? "第" + first.line() + "行：" : "")
                            + first.message() + (first.related().isEmpty() ? "" : "（" + first.relatedText() + "）")
                            + (errors > 1 ? "（共 " + errors + " 处）" : "")));
                    xml.writeCharacters(clean(String.join("\n", lines)));
                    xml.writeEndElement();
                    lines.clear();
                }
                for (CheckedReport.Suppressed s : c.suppressed()) {
                    lines.add(line(r.file(), s.finding()) + "（已抑制：" + s.reason() + "）");
                }
                for (Finding f : c.baselined()) {
                    lines.add(line(r.file(), f) + "（基线中已有）");
                }
                if (!lines.isEmpty()) {
                    newline(xml, 3);
                    xml.writeStartElement("system-out");
                    xml.writeCharacters(clean(String.join("\n", lines)));
                    xml.writeEndElement();
                }
                if (c.failed() || !lines.isEmpty()) {
                    newline(xml, 2);
                }
                xml.writeEndElement();
            }
            newline(xml, 1);
            xml.writeEndElement();
        }
    }

    private static Suite suite(CheckedReport r, RunInfo run) {
        Map<String, Case> cases = new LinkedHashMap<>();
        for (RuleDoc rule : run.catalogue()) {
            cases.put(rule.id(), new Case(rule.id() + " " + rule.title()));
        }
        for (Finding f : r.findings()) {
            cases.computeIfAbsent(f.rule(), Case::new).findings().add(f);
        }
        for (CheckedReport.Suppressed s : r.suppressed()) {
            cases.computeIfAbsent(s.finding().rule(), Case::new).suppressed().add(s);
        }
        for (Finding f : r.baselined()) {
            cases.computeIfAbsent(f.rule(), Case::new).baselined().add(f);
        }
        if (cases.isEmpty()) {
            cases.put("", new Case("年报检查", List.of(), List.of(), List.of()));
        }
        return new Suite(r, List.copyOf(cases.values()));
    }

    private static String line(String file, Finding f) {
        return TextReporter.line(file, f);
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        newline(xml, 3);
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", clean(value));
    }

    /**
     * The class name dashboards group test cases by. Jenkins reads dots as package separators, so the file's dots
     * become underscores: {@code samples/2024-x.txt} → {@code samples/2024-x_txt}.
     */
    static String className(String file) {
        return clean(file.replace('\\', '/').replace('.', '_'));
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** Drops the characters XML 1.0 cannot hold (control characters a PDF's text may carry). */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF)) {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }
}
