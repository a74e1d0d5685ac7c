package org.xxgk.check.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The DRL files of a rule set: read from a folder at run time (officers edit it), or from the copy bundled in the
 * jar when no folder is found.
 *
 * @param origin a description for people: the folder's path, or 「内置规则」
 * @param files  the rule files, path relative to the rule folder with '/' separators, sorted
 */
public record RuleSource(String origin, List<DrlFile> files) {

    /** Where the bundled copy of {@code rules/} lives on the class path. */
    static final String BUNDLED_ROOT = "bundled-rules";

    public RuleSource {
        files = List.copyOf(files);
    }

    /** A digest of every file's path and text: equal fingerprints, equal rule sets. */
    public String fingerprint() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (DrlFile f : files) {
                sha.update(f.path().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One DRL file: its path relative to the rule folder, and its text. */
    public record DrlFile(String path, String text) {
    }

    /** Reads every {@code *.drl} below {@code dir}. */
    public static RuleSource fromDirectory(Path dir) throws IOException {
        return new RuleSource(dir.toString(), read(dir));
    }

    /** The rules bundled in the jar (a copy of the project's {@code rules/} made at build time). */
    public static RuleSource bundled() {
        URL url = RuleSource.class.getClassLoader().getResource(BUNDLED_ROOT);
        if (url == null) {
            return new RuleSource("内置规则", List.of());
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return new RuleSource("内置规则", read(fs.provider().getPath(uri)));
                }
            }
            return new RuleSource("内置规则", read(Path.of(uri)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<DrlFile> read(Path dir) throws IOException {
        List<DrlFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".drl"))
                    .sorted(Comparator.comparing(Path::toString)).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                files.add(new DrlFile(rel, Files.readString(p)));
            }
        }
        return files;
    }
}
