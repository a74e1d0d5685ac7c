package org.xxgk.check.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A report that a site saved from Word and put into a JavaScript string. */
class EmbeddedHtmlTest {

    private static final String BODY = "<p class=MsoNormal>一、总体情况<o:p></o:p></p>\n"
            + "<p class=MsoNormal style='text-indent:2em'>本年度共收到申请5件。</p>\n".repeat(6)
            + "<table class=MsoTableGrid><tr><td><p>行政许可</p></td><td><p>12</p></td></tr></table>";

    private static String script(String quote) {
        String escaped = BODY.replace("\\", "\\\\").replace("\n", "\\n").replace(quote, "\\" + quote);
        return "var content = " + quote + escaped + quote + ";\ndocument.getElementById('zoom').innerHTML = content;";
    }

    @Test
    void theLongestStringWithMarkupIsTheDocument() {
        assertEquals(BODY, EmbeddedHtml.find(script("\"")));
        assertEquals(BODY, EmbeddedHtml.find(script("'")));
        assertNull(EmbeddedHtml.find("var a = \"short\"; var b = '<p>x</p>';"));
    }

    @Test
    void concatenatedStringsAreOneDocument() {
        String half = BODY.substring(0, BODY.length() / 2);
        String rest = BODY.substring(BODY.length() / 2);
        String js = "var c = \"" + half.replace("\n", "\\n").replace("\"", "\\\"") + "\" +\n  \""
                + rest.replace("\n", "\\n").replace("\"", "\\\"") + "\";";
        assertEquals(BODY, EmbeddedHtml.find(js));
    }

    @Test
    void aPageWhoseScriptWritesTheReportIsReadFromTheScript() throws Exception {
        String page = "<html><body><div>首页 &gt; 政务公开</div><div id=zoom></div><script>" + script("\"")
                + "</script></body></html>";
        List<String> lines = List.of(ReportInput.convert(page.getBytes(StandardCharsets.UTF_8), "a.html").text()
                .split("\n"));
        assertTrue(lines.contains("一、总体情况"), lines.toString());
        assertTrue(lines.contains("行政许可\t12"), lines.toString());
    }

    @Test
    void aSavedScriptFileIsReadAsTheReportItWrites() throws Exception {
        ReportText text = ReportInput.convert(script("\"").getBytes(StandardCharsets.UTF_8), "content.js");
        assertEquals(ReportText.Kind.HTML, text.kind());
        assertTrue(text.text().startsWith("一、总体情况\n"), text.text());
    }
}
