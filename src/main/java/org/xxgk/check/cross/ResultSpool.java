package org.xxgk.check.cross;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.xxgk.check.finding.CheckedReport;

/**
 * The outcomes of a batch's first phase, kept on disk until the cross-report findings join them: a batch of ten
 * thousand reports (with their annotated views, for {@code --format html}) needs no more memory than one. Written
 * and read back in input order; the file is deleted when closed.
 */
final class ResultSpool implements AutoCloseable {

    private final Path file;
    private ObjectOutputStream out;
    private ObjectInputStream in;

    ResultSpool() {
        try {
            file = Files.createTempFile("xxgk-batch", ".bin");
            file.toFile().deleteOnExit();
            out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(CheckedReport r) {
        try {
            out.writeObject(r);
            out.reset(); // forget the objects written: the stream would otherwise keep every report to share references
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next outcome, in the order written; the first call ends the writing. */
    CheckedReport read() {
        try {
            if (in == null) {
                out.close();
                out = null;
                in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            }
            return (CheckedReport) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
            if (in != null) {
                in.close();
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind is removed at exit
        }
    }
}
