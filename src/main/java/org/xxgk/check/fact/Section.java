package org.xxgk.check.fact;

/**
 * One of the six numbered parts of a report.
 *
 * @param number    1–6, identified by the heading's numeral and wording
 * @param title     the heading as written, without its numeral (「主动公开政府信息情况」)
 * @param titleForm {@code "short"} (the attachment's wording), {@code "long"} (the notice body's wording) or
 *                  {@code "other"}
 * @param line      line of the heading
 * @param endLine   last non-blank line of the section's body
 * @param textLength number of characters of the section's prose, white space and table lines excluded
 * @param numbering  the heading's numbering as written: 「五、」「五」「第五部分」, or 「附表1」「二、」 in a report that
 *                   numbers its parts otherwise than the template, or {@code ""}
 */
public record Section(int number, String title, String titleForm, int line, int endLine, int textLength,
                      String numbering) {

    private static final String NUMERALS = "一二三四五六";

    /** The section's numeral as written in headings and table names: 「四」 for 4. */
    public String numeral() {
        return String.valueOf(NUMERALS.charAt(number - 1));
    }

    /** Whether the heading is numbered with its own numeral (「五、」「五．」「五」「第五部分」), as the template does. */
    public boolean numberedAsTemplate() {
        return numbering.startsWith(numeral()) || numbering.startsWith("第" + numeral());
    }
}
