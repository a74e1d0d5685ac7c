package org.xxgk.check.fact;

/**
 * A label that only one template uses, as found in the report: the evidence for template detection.
 *
 * @param template {@code "2021"} or {@code "2019"}
 * @param label    the canonical label (「本年新制作数量」, 「第二十条第（九）项」)
 * @param line     source line
 * @param position the label's place among the cells of its line (0 for the first), to keep the order as written
 */
public record TemplateMarker(String template, String label, int line, int position) {
}
