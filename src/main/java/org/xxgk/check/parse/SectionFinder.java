package org.xxgk.check.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xxgk.check.fact.Table;
import org.xxgk.check.template.SectionHeading;
import org.xxgk.check.template.TemplateSpec;
import org.xxgk.check.template.Templates;
import org.xxgk.check.template.Text;

/**
 * Finds the headings of the six sections. A heading is a line of its own, 「N、title」 with N one of 一…六, whose title
 * carries a keyword of section N (sections.yaml). Table rows that look alike (「一、本年新收政府信息公开申请数量」)
 * are told apart by the template labels; sub-headings inside a section (「一、存在的问题」 under 五) by the keywords.
 */
final class SectionFinder {

    private static final Pattern HEADING = Pattern.compile("^([一二三四五六])\\s*[、.．]\\s*(.{2,40})$");
    private static final String NUMERALS = "一二三四五六";

    private SectionFinder() {
    }

    static List<SectionHeading> find(List<String> lines, Templates templates) {
        List<SectionHeading> headings = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (raw.indexOf('\t') >= 0 || raw.indexOf('|') >= 0) {
                continue;
            }
            String text = Text.clean(raw);
            Matcher m = HEADING.matcher(text);
            if (!m.matches()) {
                continue;
            }
            int number = NUMERALS.indexOf(m.group(1)) + 1;
            String title = m.group(2).strip().replaceAll("[。：:.，,]+$", "").strip();
            String key = Text.key(title);
            String lineKey = Text.key(text);
            if (templates.row3(lineKey) != null || key.contains("。")) {
                continue;
            }
            TemplateSpec.Section spec = templates.sections().get(number - 1);
            if (spec.keywords().stream().noneMatch(k -> key.contains(Text.key(k)))) {
                continue;
            }
            if (!seen.add(number)) {
                continue;
            }
            headings.add(new SectionHeading(number, title, templates.titleForm(number, key), i + 1));
        }
        return headings;
    }

}
