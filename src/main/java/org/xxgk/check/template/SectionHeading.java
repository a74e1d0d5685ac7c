package org.xxgk.check.template;

/**
 * A section heading as found in a report.
 *
 * @param number    1–6
 * @param numbering the numbering as written: 「五、」「五」「第五部分」, or 「附表1」「二、」 for a section numbered
 *                  otherwise than the template (a local format that numbers its parts differently), or {@code ""}
 * @param title     the title as written, without its numbering and without a closing 「。」「：」
 * @param form      {@code "short"} (the template attachment's wording), {@code "long"} (the notice body's) or
 *                  {@code "other"}
 * @param line      the line it stands on (1-based; a virtual line for a report whose line breaks were lost)
 * @param body      text after the title on the heading's own line (「六、其他需要报告的事项：本年度未收取信息处理费。」),
 *                  or {@code ""}: it belongs to the section's prose
 */
public record SectionHeading(int number, String numbering, String title, String form, int line, String body) {

    /** A heading numbered as the template numbers it, with nothing after its title. */
    public SectionHeading(int number, String title, String form, int line) {
        this(number, String.valueOf("一二三四五六".charAt(number - 1)) + "、", title, form, line, "");
    }
}
