package org.xxgk.check.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.kie.api.KieServices;

/**
 * Build step (Maven's process-classes phase, see pom.xml): compiles {@code rules/} to the executable model and writes
 * its classes and {@value BundledModel#INDEX} into the class folder, so that the jar carries the model
 * {@link BundledModel} loads.
 *
 * <p>A rule folder that does not compile gets no model and does not fail the build: the run compiles it and prints
 * the errors, as for any rule folder. The step is skipped when neither the rules, our classes nor the class path
 * changed since it last ran, so a rebuild for an unrelated change costs nothing here.
 *
 * <p>Usage: {@code BundledModelWriter RULES_DIR CLASSES_DIR}
 */
public final class BundledModelWriter {

    private static final String INPUT = "input=";
    private static final String SKIPPED_PACKAGE = "org/drools/project/model/";

    private BundledModelWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BundledModelWriter RULES_DIR CLASSES_DIR");
            System.exit(2);
        }
        System.exit(write(Path.of(args[0]), Path.of(args[1])));
    }

    /** @return the exit code: 0 also when the rules do not compile (no model is written then) */
    static int write(Path rulesDir, Path classes) throws IOException {
        Path index = classes.resolve(BundledModel.INDEX);
        RuleSource source;
        try {
            source = RuleSource.fromDirectory(rulesDir);
        } catch (RulesException e) {
            System.err.println("bundled rule model: the rules cannot be read; none written (" + e.getMessage() + ")");
            return 0;
        }
        String fingerprint = source.fingerprint();
        String input = inputDigest(fingerprint, classes);
        List<String> previous = Files.isRegularFile(index) ? Files.readAllLines(index) : List.of();
        if (previous.contains(INPUT + input) && previous.stream().filter(l -> l.startsWith(BundledModel.FILE))
                .allMatch(l -> Files.isRegularFile(classes.resolve(l.substring(BundledModel.FILE.length()))))) {
            return 0; // up to date: nothing to say (the launcher shows a build's output)
        }
        for (String line : previous) {
            if (line.startsWith(BundledModel.FILE)) {
                Files.deleteIfExists(classes.resolve(line.substring(BundledModel.FILE.length())));
            }
        }
        Files.deleteIfExists(index);
        if (source.files().isEmpty()) {
            System.err.println("bundled rule model: no rules in " + rulesDir + "; none written");
            return 0;
        }
        KieServices ks = KieServices.Factory.get();
        RuleBase.Build built;
        try {
            built = RuleBase.build(ks, source.files(), "0.0.0-bundled-" + fingerprint.substring(0, 16));
        } catch (RuntimeException e) {
            System.err.println("bundled rule model: the rules do not compile; none written (" + e + ")");
            return 0;
        }
        if (!built.errors().isEmpty()) {
            System.err.println("bundled rule model: the rules do not compile; none written (" + built.errors().get(0)
                    + ")");
            return 0;
        }
        byte[] kjar = KjarCache.bytes(built.builder());
        List<String> models = new ArrayList<>();
        List<String> files = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (name.startsWith("META-INF/kie/") && name.endsWith("/" + ExecutableModels.MODEL_FILE)) {
                    models.addAll(ExecutableModels.names(new ByteArrayInputStream(zip.readAllBytes())));
                } else if (name.endsWith(".class") && !name.startsWith(SKIPPED_PACKAGE)) {
                    Path target = classes.resolve(name);
                    Files.createDirectories(target.getParent());
                    Files.write(target, zip.readAllBytes());
                    files.add(name);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# The executable model of rules/ compiled at build time (BundledModelWriter); used only for rule");
        lines.add("# texts with this fingerprint (BundledModel).");
        lines.add(BundledModel.FINGERPRINT + fingerprint);
        lines.add(INPUT + input);
        models.forEach(m -> lines.add(BundledModel.MODEL + m));
        files.forEach(f -> lines.add(BundledModel.FILE + f));
        Files.write(index, lines, StandardCharsets.UTF_8);
        System.out.println("bundled rule model: " + models.size() + " packages, " + files.size() + " classes");
        return 0;
    }

    /** What the model depends on: the rule texts, our own classes (the facts and globals) and the libraries. */
    private static String inputDigest(String fingerprint, Path classes) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(fingerprint.getBytes(StandardCharsets.UTF_8));
            sha.update(System.getProperty("java.class.path", "").getBytes(StandardCharsets.UTF_8));
            sha.update(System.getProperty("java.version", "").getBytes(StandardCharsets.UTF_8));
            Path own = classes.resolve("org/xxgk");
            if (Files.isDirectory(own)) {
                try (Stream<Path> walk = Files.walk(own)) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        sha.update(classes.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                        sha.update(Files.readAllBytes(p));
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
