package org.xxgk.check.input;

/**
 * How much one report file may hold. A real report is some 300 KB as PDF and 10 000 to 30 000 characters of text;
 * the limits are far above that and far below what would let one file take the machine (a 50 MB text took 35 s and
 * 1.4 GB before they existed).
 *
 * @param maxBytes the largest file read, in bytes; a larger one is refused before it is opened
 * @param maxChars the most characters of text a file may give (its own text, or the text converted from HTML, DOCX
 *                 or PDF): the parser's time and memory grow with it
 */
public record InputLimits(long maxBytes, int maxChars) {

    /** 20 MB, and 500 000 characters: ten times the longest report, and parsed in about a second. */
    public static final InputLimits DEFAULT = new InputLimits(20L * 1024 * 1024, 500_000);

    public InputLimits {
        if (maxBytes < 1 || maxChars < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** A size for people: 「20 MB」, 「512 KB」, 「37 字节」. */
    public static String size(long bytes) {
        if (bytes >= 1024L * 1024) {
            double mb = bytes / (1024.0 * 1024);
            return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format("%.1f", mb)) + " MB";
        }
        if (bytes >= 1024) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " 字节";
    }
}
