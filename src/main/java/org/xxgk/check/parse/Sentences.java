package org.xxgk.check.parse;

import java.util.ArrayList;
import java.util.List;

import org.xxgk.check.fact.Sentence;
import org.xxgk.check.template.Text;

/**
 * Cuts the prose into sentences: at 「。！？；」 (and their ASCII forms) and at line ends, each with its section and
 * line. A clause joined by 「；」 counts as a sentence of its own: 「一是…；二是…。」 states two things.
 */
final class Sentences {

    /** The characters that end a sentence: a line is cut after each. */
    private static final String END = "。！？；!?;";

    private Sentences() {
    }

    /**
     * @param prose     the report's prose lines (tables, title and headings blanked; a heading line keeps the text
     *                  after its title)
     * @param sectionOf 1-based line → section number
     */
    static List<Sentence> of(List<String> prose, int[] sectionOf) {
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < prose.size(); i++) {
            String line = Text.display(prose.get(i));
            if (line.isEmpty()) {
                continue;
            }
            for (String piece : Text.splitAfter(line, END)) {
                String text = piece.strip();
                if (!Text.isBlank(text)) {
                    sentences.add(new Sentence(sectionOf[i + 1], i + 1, text));
                }
            }
        }
        return sentences;
    }
}
