package org.xxgk.check.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.kie.api.KieBase;

/**
 * The executable model of the project's {@code rules/}, generated and compiled into the jar at build time
 * ({@link BundledModelWriter}). A run whose rule folder has exactly the texts the jar was built from (same
 * {@link RuleSource#fingerprint()}) loads these classes instead of compiling the DRL (seconds) or reading a cached
 * kjar (half a second): the common case, rules unchanged since the build. Any edit changes the fingerprint, and the
 * run takes the kjar cache or compiles: the bundled model is never used for texts it was not made from.
 *
 * <p>The index ({@value #INDEX}) holds the fingerprint, the model classes and the class files written.
 */
final class BundledModel {

    static final String INDEX = "bundled-model.txt";
    static final String FINGERPRINT = "fingerprint=";
    static final String MODEL = "model=";
    static final String FILE = "file=";

    private BundledModel() {
    }

    /** The fingerprint of the rules the jar's model was made from; null when the jar has no model. */
    static String fingerprint() {
        Index index = index();
        return index == null ? null : index.fingerprint();
    }

    /**
     * The bundled model's KieBase when it was made from rules with this fingerprint; null otherwise, or when it
     * cannot be loaded (the caller compiles).
     */
    static KieBase load(String fingerprint) {
        Index index = index();
        if (index == null || !index.fingerprint().equals(fingerprint)) {
            return null;
        }
        try {
            return ExecutableModels.kieBase(BundledModel.class.getClassLoader(), index.models());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    private record Index(String fingerprint, List<String> models) {
    }

    private static Index index() {
        try (InputStream in = BundledModel.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                return null;
            }
            String fingerprint = null;
            List<String> models = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith(FINGERPRINT)) {
                    fingerprint = line.substring(FINGERPRINT.length()).strip();
                } else if (line.startsWith(MODEL)) {
                    models.add(line.substring(MODEL.length()).strip());
                }
            }
            return fingerprint == null || models.isEmpty() ? null : new Index(fingerprint, models);
        } catch (IOException e) {
            return null;
        }
    }
}
