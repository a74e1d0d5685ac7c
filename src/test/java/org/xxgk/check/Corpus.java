package org.xxgk.check;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real PDF reports of {@code ../shared/corpus/}: not part of the project (CI has {@code ../shared} beside the
 * clone). A test that needs one is skipped, saying why, where it is absent.
 */
public final class Corpus {

    /** The corpus folder. */
    public static final Path DIR = Path.of("..", "shared", "corpus");

    private Corpus() {
    }

    /** Whether the corpus holds this report. */
    public static boolean has(String name) {
        return Files.isRegularFile(DIR.resolve(name));
    }

    /** The report's path; the calling test is skipped, with the reason, when it is absent. */
    public static Path file(String name) {
        Path file = DIR.resolve(name);
        assumeTrue(Files.isRegularFile(file), "real reports are read from " + DIR.toAbsolutePath().normalize()
                + " (not part of the project); " + name + " is absent here, so this test is skipped");
        return file;
    }
}
