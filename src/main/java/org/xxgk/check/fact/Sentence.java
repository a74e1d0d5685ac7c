package org.xxgk.check.fact;

/**
 * A sentence of a section's prose (cut at 「。！？；」 and at line ends), as the report wrote it. Not a rule fact: the
 * cross-report phase measures repeated text with it (sections 一 and 五), and the parser counts a section's sentences.
 *
 * @param section the section it stands in (1–6; 0 before the first heading)
 * @param line    its line
 * @param text    the sentence as written, trimmed
 */
public record Sentence(int section, int line, String text) {
}
