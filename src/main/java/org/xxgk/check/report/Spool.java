package org.xxgk.check.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary file that a reporter writes report by report when what comes first in its output (the totals of a
 * JUnit {@code <testsuites>}, the overview at the top of an HTML page) is known only at the end. Memory stays flat
 * on a batch of any size; the file is deleted when copied out.
 */
final class Spool {

    private final Path file;
    private final BufferedWriter writer;

    Spool(String suffix) {
        try {
            file = Files.createTempFile("xxgk-check-", suffix);
            file.toFile().deleteOnExit();
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Writer writer() {
        return writer;
    }

    /** Writes everything spooled to {@code out} and deletes the file. */
    void copyTo(Writer out) {
        try {
            writer.close();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
            out.flush();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
