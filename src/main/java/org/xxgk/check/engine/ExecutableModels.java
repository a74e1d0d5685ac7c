package org.xxgk.check.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

/**
 * Builds a KieBase straight from the executable model's compiled classes, as the kjar's {@code drools-model} file
 * lists them. This is what a KieContainer does for an executable-model kjar once it has read the kjar's
 * {@code kmodule.xml}; doing it ourselves skips the XML machinery (about 670 classes to read a file that only ever
 * says "one default KieBase with default options") and the container's bookkeeping.
 */
final class ExecutableModels {

    /** In a kjar: {@code META-INF/kie/<group>/<artifact>/drools-model}, one model class name per line. */
    static final String MODEL_FILE = "drools-model";

    private ExecutableModels() {
    }

    /** The model class names of a {@code drools-model} file (its first line is a version header). */
    static List<String> names(InputStream modelFile) throws IOException {
        List<String> names = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(modelFile, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.contains(":")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /**
     * A KieBase of the default options (those of the default {@code kmodule.xml} every build here writes) over the
     * named models.
     *
     * @throws ReflectiveOperationException when a model class is missing or cannot be made
     */
    static KieBase kieBase(ClassLoader loader, List<String> modelClasses) throws ReflectiveOperationException {
        List<Model> models = new ArrayList<>();
        for (String name : modelClasses) {
            models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
        }
        if (models.isEmpty()) {
            throw new ClassNotFoundException("no executable model listed");
        }
        return KieBaseBuilder.createKieBaseFromModel(models,
                KieServices.Factory.get().newKieBaseConfiguration(null, loader));
    }
}
