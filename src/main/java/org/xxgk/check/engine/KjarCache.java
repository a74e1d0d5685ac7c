package org.xxgk.check.engine;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieBase;
import org.kie.api.builder.KieBuilder;

/**
 * Compiled rule sets kept on disk between runs. Compiling DRL to the executable model takes seconds; loading the
 * kjar written by an earlier run of the same rules takes a fraction of that (engine-notes.md: 4.3 s against 1.0 s
 * for 50 rules).
 *
 * <p>The key covers the rule texts and the checker's own jar (its path, size and time), so an edited rule or a
 * rebuilt checker never loads a stale kjar. Rules unchanged since the build never get here: the jar's own model
 * ({@link BundledModel}) serves them. Only the installed jar caches: runs from a class folder (the test
 * suite) compile every time. Writing and loading a kjar is internal Drools API ({@link InternalKieModule}); it is
 * wrapped here and nowhere else. A cache that cannot be read or written is ignored: the rules are compiled.
 *
 * <p>Folder: {@code -Dxxgk.cache=DIR}, else {@code $XDG_CACHE_HOME/xxgk-check}, else {@code ~/.cache/xxgk-check};
 * {@code -Dxxgk.cache=off} turns it off.
 */
final class KjarCache {

    private final Path dir;
    private final String codeIdentity;

    private KjarCache(Path dir, String codeIdentity) {
        this.dir = dir;
        this.codeIdentity = codeIdentity;
    }

    static KjarCache standard() {
        String setting = System.getProperty("xxgk.cache");
        String code = codeIdentity();
        if ("off".equals(setting) || code == null) {
            return new KjarCache(null, null);
        }
        Path dir;
        if (setting != null && !setting.isBlank()) {
            dir = Path.of(setting);
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            dir = xdg != null && !xdg.isBlank() ? Path.of(xdg, "xxgk-check")
                    : Path.of(System.getProperty("user.home"), ".cache", "xxgk-check");
        }
        return new KjarCache(dir, code);
    }

    boolean enabled() {
        return dir != null;
    }

    /** The release id a rule set with this fingerprint is built under, so that a cached kjar finds itself again. */
    String version(String fingerprint) {
        return "0.0.0-" + key(fingerprint).substring(0, 16);
    }

    /**
     * The KieBase of the kjar an earlier run wrote; null when there is none or it cannot be read. The kjar's classes
     * are loaded by a class loader of its own, and the models it lists are built directly
     * ({@link ExecutableModels}): its {@code kmodule.xml} is never parsed.
     */
    KieBase load(String fingerprint) {
        if (!enabled()) {
            return null;
        }
        Path jar = dir.resolve(key(fingerprint) + ".jar");
        if (!Files.isRegularFile(jar)) {
            return null;
        }
        try {
            List<String> models = null;
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry e : Collections.list(zip.entries())) {
                    if (e.getName().startsWith("META-INF/kie/") && e.getName().endsWith("/" + ExecutableModels.MODEL_FILE)) {
                        models = ExecutableModels.names(zip.getInputStream(e));
                    }
                }
            }
            if (models == null) {
                return null;
            }
            // Not closed: the KieBase loads classes through it for as long as the run lasts.
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                    KjarCache.class.getClassLoader());
            return ExecutableModels.kieBase(loader, models);
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Writes a successful build's kjar; failures to write are ignored. */
    void store(KieBuilder builder, String fingerprint) {
        if (!enabled()) {
            return;
        }
        try {
            byte[] bytes = bytes(builder);
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "kjar", ".tmp");
            Files.write(tmp, bytes);
            Path target = dir.resolve(key(fingerprint) + ".jar");
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // A cache is an optimisation: the next run compiles again.
        }
    }

    /** A successful build as kjar bytes: what is stored here, and what the bundled model is taken from. */
    static byte[] bytes(KieBuilder builder) {
        return ((InternalKieModule) builder.getKieModule()).getBytes();
    }

    private String key(String fingerprint) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(fingerprint.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.valueOf(codeIdentity).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The checker's jar: path, size and modification time; null when running from a class folder. */
    private static String codeIdentity() {
        try {
            CodeSource source = KjarCache.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path code = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(code) || !code.toString().endsWith(".jar")) {
                return null;
            }
            return code.toAbsolutePath() + "|" + Files.size(code) + "|" + Files.getLastModifiedTime(code).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
