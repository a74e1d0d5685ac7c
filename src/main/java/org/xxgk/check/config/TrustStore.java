package org.xxgk.check.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule folders the user has trusted ({@code check trust DIR}), each with the digest of its rules at that moment,
 * as {@code direnv allow} records a folder's {@code .envrc}. A rule folder that a config names runs only when it is
 * recorded here with the digest it has now: a folder someone sent, or one changed since it was trusted, does not.
 *
 * <p>The record lives in the user's cache folder ({@code $XDG_CACHE_HOME/xxgk-check/trusted-rules}, else
 * {@code ~/.cache/xxgk-check/trusted-rules}; {@code -Dxxgk.trust=FILE} elsewhere): a checked folder cannot write it.
 * One line per folder, {@code digest<TAB>real path}.
 */
public final class TrustStore {

    private static final String HEADER = "# xxgk-check：用户信任的规则文件夹（check trust 写入）；每行：规则摘要<TAB>文件夹";

    private final Path file;

    private TrustStore(Path file) {
        this.file = file;
    }

    /** The user's record. */
    public static TrustStore standard() {
        String setting = System.getProperty("xxgk.trust");
        if (setting != null && !setting.isBlank()) {
            return new TrustStore(Path.of(setting));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path dir = xdg != null && !xdg.isBlank() ? Path.of(xdg, "xxgk-check")
                : Path.of(System.getProperty("user.home"), ".cache", "xxgk-check");
        return new TrustStore(dir.resolve("trusted-rules"));
    }

    public static TrustStore at(Path file) {
        return new TrustStore(file);
    }

    public Path file() {
        return file;
    }

    /** The folder as recorded: its real path (links resolved), so that a link cannot stand in for it. */
    public static Path key(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    /** The digest recorded for the folder, or {@code null} when it was never trusted (or the record is unreadable). */
    public String digest(Path folder) {
        return all().get(key(folder));
    }

    /** Every trusted folder with its digest, in the order trusted. */
    public Map<Path, String> all() {
        Map<Path, String> trusted = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return trusted;
        } catch (IOException e) {
            return trusted; // an unreadable record trusts nothing
        }
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (!line.startsWith("#") && tab > 0) {
                trusted.put(Path.of(line.substring(tab + 1)), line.substring(0, tab));
            }
        }
        return trusted;
    }

    /** Records the folder with its digest (replacing an older record of it). */
    public void trust(Path folder, String digest) throws IOException {
        Map<Path, String> trusted = all();
        trusted.remove(key(folder));
        trusted.put(key(folder), digest);
        write(trusted);
    }

    /** Forgets the folder; false when it was not recorded. */
    public boolean revoke(Path folder) throws IOException {
        Map<Path, String> trusted = all();
        if (trusted.remove(key(folder)) == null) {
            return false;
        }
        write(trusted);
        return true;
    }

    private void write(Map<Path, String> trusted) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        trusted.forEach((dir, digest) -> lines.add(digest + "\t" + dir));
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "trusted-rules", ".tmp");
        try {
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
