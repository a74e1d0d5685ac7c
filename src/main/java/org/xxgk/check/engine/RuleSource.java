package org.xxgk.check.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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

    /**
     * Reads every {@code *.drl} below {@code dir}. A folder or file that cannot be read, a rule file that is not
     * UTF-8 text, or a folder far larger than any rule set is an error naming it: a rule set that silently lost a
     * file must not run.
     */
    public static RuleSource fromDirectory(Path dir) throws RulesException {
        List<DrlFile> files;
        try {
            files = read(dir);
        } catch (RuleFolderException e) {
            throw new RulesException(dir.toString(), List.of(e.error));
        } catch (IOException e) {
            throw new RulesException(dir.toString(), List.of(new RuleError(dir.toString(), 0, 0,
                    "无法读取规则文件夹（" + reason(e) + "）")));
        }
        return new RuleSource(dir.toString(), files);
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

    /** More entries than this below a rule folder: not a rule folder ({@code rules: /} would read the whole disk). */
    static final int MAX_ENTRIES = 20_000;
    /** A rule file larger than this is not a rule written by hand. */
    static final long MAX_FILE = 1024 * 1024;

    /** A problem met while reading a rule folder, carried out of the file walk. */
    private static final class RuleFolderException extends IOException {
        final RuleError error;

        RuleFolderException(RuleError error) {
            super(error.message());
            this.error = error;
        }
    }

    private static List<DrlFile> read(Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        int[] entries = {0};
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                count();
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                count();
                if (f.getFileName() != null && f.getFileName().toString().endsWith(".drl")) {
                    found.add(f);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
                throw new RuleFolderException(new RuleError(relative(dir, f), 0, 0,
                        "无法读取（" + reason(e) + "）；规则文件夹中的每个文件夹和规则文件都必须可读，少读一条规则的检查结果不可信"));
            }

            private void count() throws RuleFolderException {
                if (++entries[0] > MAX_ENTRIES) {
                    throw new RuleFolderException(new RuleError(dir.toString(), 0, 0, "规则文件夹中有超过 " + MAX_ENTRIES
                            + " 个文件和文件夹，不像规则文件夹；请指定只放 .drl 规则文件的文件夹"));
                }
            }
        });
        found.sort(Comparator.comparing(Path::toString));
        List<DrlFile> files = new ArrayList<>();
        for (Path p : found) {
            String rel = relative(dir, p);
            files.add(new DrlFile(rel, text(p, rel)));
        }
        return files;
    }

    /** A rule file's text: UTF-8, no NUL bytes, not huge. */
    private static String text(Path p, String rel) throws IOException {
        if (Files.size(p) > MAX_FILE) {
            throw new RuleFolderException(new RuleError(rel, 0, 0, "规则文件超过 1 MB，不像手写的规则"));
        }
        byte[] bytes = Files.readAllBytes(p);
        for (byte b : bytes) {
            if (b == 0) {
                throw new RuleFolderException(new RuleError(rel, 0, 0, "这不是文本文件（可能是二进制文件），不是 DRL 规则"));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RuleFolderException(new RuleError(rel, 0, 0, "规则文件不是 UTF-8 编码（可能是 GBK 或二进制文件）；请另存为 UTF-8"));
        }
    }

    private static String relative(Path dir, Path p) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        return rel.isEmpty() ? dir.toString() : rel;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "没有读取权限";
        }
        if (e instanceof NoSuchFileException) {
            return "不存在";
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return reason == null ? e.getClass().getSimpleName() : reason;
    }
}
