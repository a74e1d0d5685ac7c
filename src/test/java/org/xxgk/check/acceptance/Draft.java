package org.xxgk.check.acceptance;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One report of a scenario as the steps build it: a fixture as it is, or lines to write (from a doc string, or the
 * fixture after an edit). Edits find their line by its text, never by its number.
 */
final class Draft {

    private final String what;
    private Path source;
    private List<String> lines;

    /** @param what how messages name the report: 「年报」「上一年的年报」 */
    Draft(String what) {
        this.what = what;
    }

    static Draft ofText(String what, String text) {
        Draft d = new Draft(what);
        d.lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!text.endsWith("\n")) {
            d.lines.add("");
        }
        return d;
    }

    static Draft ofFile(String what, Path file) {
        if (!Files.isRegularFile(file)) {
            fail(what + "文件 " + file + " 不存在（路径相对于 features 文件夹）");
        }
        Draft d = new Draft(what);
        d.source = file;
        return d;
    }

    void replaceLine(String containing, String replacement) {
        List<String> text = editable();
        text.set(lineContaining(containing) - 1, replacement);
    }

    void replaceLineWith(String containing, String replacement) {
        List<String> text = editable();
        int at = lineContaining(containing) - 1;
        text.remove(at);
        text.addAll(at, List.of(replacement.split("\n", -1)));
    }

    void clearLines(String first, String last) {
        List<String> text = editable();
        int from = lineContaining(first);
        int to = lineContaining(last);
        if (to < from) {
            fail("含有“" + last + "”的行（第" + to + "行）在含有“" + first + "”的行（第" + from + "行）之前");
        }
        for (int line = from; line <= to; line++) {
            text.set(line - 1, "");
        }
    }

    /** Writes the report to {@code file} (a fixture never edited is copied byte for byte). */
    Path write(Path file) {
        try {
            if (lines != null) {
                Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
            } else {
                Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The report's lines, read from the fixture on the first edit. */
    private List<String> editable() {
        if (lines == null) {
            try {
                lines = new ArrayList<>(List.of(Files.readString(source, StandardCharsets.UTF_8).split("\n", -1)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }

    /**
     * The 1-based number of the one line that contains {@code text}; when several do, the one line that is exactly
     * {@code text} (the signature 「青山市河东区应急管理局」 among lines that mention the agency). Cell separators (tabs,
     * pipes) and runs of spaces count as one space on both sides, so 「行政许可 12」 finds the line 「行政许可&#9;12」.
     */
    private int lineContaining(String text) {
        List<String> report = editable();
        String wanted = flatten(text);
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < report.size(); i++) {
            if (flatten(report.get(i)).contains(wanted)) {
                hits.add(i + 1);
            }
        }
        if (hits.isEmpty()) {
            fail(what + "中没有含有“" + text + "”的行");
        }
        if (hits.size() > 1) {
            List<Integer> exact = hits.stream().filter(n -> flatten(report.get(n - 1)).equals(wanted)).toList();
            if (exact.size() == 1) {
                return exact.get(0);
            }
            fail(what + "中有" + hits.size() + "行含有“" + text + "”（第"
                    + hits.stream().map(String::valueOf).collect(Collectors.joining("、")) + "行）；请写得更具体，只对应一行");
        }
        return hits.get(0);
    }

    private static String flatten(String line) {
        return line.replaceAll("[\\s|]+", " ").trim();
    }
}
