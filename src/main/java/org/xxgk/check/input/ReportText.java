package org.xxgk.check.input;

import java.util.List;

/**
 * A report file as the text lines the parser reads. For a text file the lines are the file's own; for an HTML page,
 * a Word document or a PDF they are the converted text, and the line numbers of facts and findings count these
 * lines ({@code check text FILE} prints them).
 *
 * @param kind       what the file was
 * @param text       the text, lines separated by {@code \n}; a table row is one line with its cells separated by tabs
 * @param pageStarts for a PDF, the line on which each page's text begins (page 1 first); empty for other kinds
 */
public record ReportText(Kind kind, String text, List<Integer> pageStarts) {

    public ReportText {
        pageStarts = List.copyOf(pageStarts);
    }

    /** The kinds of input, told apart by content (magic bytes, markup), not by the file's extension alone. */
    public enum Kind {
        TEXT("文本"), HTML("HTML 网页"), DOCX("Word 文档（DOCX）"), PDF("PDF");

        private final String chinese;

        Kind(String chinese) {
            this.chinese = chinese;
        }

        /** The kind as named to people. */
        public String chinese() {
            return chinese;
        }
    }

    /** Whether the line numbers count converted text rather than the file's own lines. */
    public boolean converted() {
        return kind != Kind.TEXT;
    }
}
