package org.xxgk.check.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the command line's files and folders into the report files to check, in a stable order. */
final class Inputs {

    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".markdown", ".text", ".html", ".htm",
            ".xhtml", ".shtml", ".docx", ".pdf");

    private Inputs() {
    }

    /** Folders are searched recursively for report files; files are taken as given, even without an extension. */
    static List<Path> expand(List<Path> given) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(Inputs::isReport).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** A report by its extension; Word's lock files ({@code ~$报告.docx}) and hidden files are not reports. */
    private static boolean isReport(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith("~$") || name.startsWith(".")) {
            return false;
        }
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
