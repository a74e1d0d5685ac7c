package org.xxgk.check.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Expands the command line's files and folders into the report files to check, in a stable order. Folders are
 * searched following symbolic links (a linked folder is searched like any other); a link back to a folder above is
 * a loop, skipped with a note naming it; a folder reached twice is searched once. A folder that cannot be read is an
 * input of its own that could not be checked, and the search goes on.
 */
final class Inputs {

    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".markdown", ".text", ".html", ".htm",
            ".xhtml", ".shtml", ".docx", ".pdf");

    /**
     * One input: a file to check, or a folder that could not be searched.
     *
     * @param path  the file or folder as given or found
     * @param error why a folder could not be searched (then there is nothing to check), or {@code null}
     */
    record Input(Path path, String error) {
    }

    private Inputs() {
    }

    /** The report files to check; folders that cannot be searched are left out. */
    static List<Path> expand(List<Path> given) {
        return scan(given, note -> { }).stream().filter(i -> i.error() == null).map(Input::path).toList();
    }

    /**
     * Folders are searched recursively for report files; files are taken as given, even without an extension (the
     * reader refuses what is no regular file). Special files found in a folder under a report's name are kept, to be
     * refused by name.
     *
     * @param notes told of what was skipped without loss (folder loops)
     */
    static List<Input> scan(List<Path> given, Consumer<String> notes) {
        List<Input> inputs = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                inputs.addAll(search(p, notes));
            } else {
                inputs.add(new Input(p, null));
            }
        }
        return inputs;
    }

    /**
     * Depth first, each folder's entries in name order, so that which of two links to one folder is searched does
     * not depend on the file system's order. A folder's identity is its file key (device and inode).
     */
    private static List<Input> search(Path root, Consumer<String> notes) {
        List<Input> found = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        Deque<Folder> open = new ArrayDeque<>();
        Folder top = folder(root, found);
        if (top != null) {
            seen.add(top.key());
            open.push(top);
        }
        while (!open.isEmpty()) {
            Folder current = open.peek();
            if (!current.entries().hasNext()) {
                open.pop();
                continue;
            }
            Path entry = current.entries().next();
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(entry, BasicFileAttributes.class);
            } catch (IOException e) {
                if (isReport(entry)) {
                    found.add(new Input(entry, null)); // a broken link: the reader says what is wrong with it
                }
                continue;
            }
            if (!attrs.isDirectory()) {
                if (isReport(entry)) {
                    found.add(new Input(entry, null));
                }
                continue;
            }
            Object key = key(entry, attrs);
            if (open.stream().anyMatch(f -> f.key().equals(key))) {
                notes.accept(entry + "：经符号链接回到了上层文件夹 " + target(entry) + "，形成循环，已跳过；那个文件夹中的年报照常检查");
            } else if (seen.add(key)) {
                Folder sub = folder(entry, found);
                if (sub != null) {
                    open.push(sub);
                }
            }
        }
        found.sort(Comparator.comparing(Input::path));
        return found;
    }

    /** A folder being searched: its identity and the entries not yet visited. */
    private record Folder(Object key, Iterator<Path> entries) {
    }

    /** The folder's entries in name order; null, with the folder as an input that could not be checked, if unreadable. */
    private static Folder folder(Path dir, List<Input> found) {
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> entries = list.sorted().toList();
            return new Folder(key(dir, Files.readAttributes(dir, BasicFileAttributes.class)), entries.iterator());
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            found.add(new Input(dir, "无法读取这个文件夹（" + reason(cause) + "），其中的年报未检查"));
            return null;
        }
    }

    private static Object key(Path dir, BasicFileAttributes attrs) {
        return attrs.fileKey() != null ? attrs.fileKey() : target(dir);
    }

    private static String target(Path link) {
        try {
            return link.toRealPath().toString();
        } catch (IOException e) {
            return "?";
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "没有权限";
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return reason == null ? e.getClass().getSimpleName() : reason;
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
