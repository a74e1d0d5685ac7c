package org.xxgk.check.crawl;

/**
 * A cell token: the text as written (cleaned), its matching key, its line and place on the line, and whether it
 * is a digit run that may hold several cells whose separators were lost.
 */
public record Token(String text, String key, int line, int position, boolean run) {

    public Token(String text, String key, int line, int position) {
        this(text, key, line, position, false);
    }
}
