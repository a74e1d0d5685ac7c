package org.xxgk.check.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.builder.Message;

/**
 * Maps Drools build messages back to the officer's DRL file and line.
 * <ul>
 *   <li>Syntax errors come with a good path and line.</li>
 *   <li>An unknown field comes back with line 0 and the expression it could not read
 *       ({@code Unable to parse left part of expression: colum == "总计"}): the expression is looked up in the file.</li>
 *   <li>A Java error in a consequence points at generated code ({@code …/P17/LambdaConsequence….java}) and names no
 *       rule: the files of that DRL package are compiled one by one to find the culprit, and the error is placed on
 *       the rule's {@code then}.</li>
 * </ul>
 */
final class BuildErrors {

    private static final String RESOURCE_ROOT = "src/main/resources/";
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final Pattern GENERATED = Pattern.compile("src/main/java/(.+)/[^/]+\\.java");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

    private BuildErrors() {
    }

    /**
     * @param messages  the build's error messages
     * @param source    the rule files
     * @param compileOne compiles one file alone and returns its error messages (used only for generated-code errors)
     */
    static List<RuleError> map(List<Message> messages, RuleSource source,
                               Function<RuleSource.DrlFile, List<Message>> compileOne) {
        Set<RuleError> errors = new LinkedHashSet<>();
        List<Message> generated = new ArrayList<>();
        for (Message m : messages) {
            String path = m.getPath() == null ? "" : m.getPath();
            if (GENERATED.matcher(path).matches()) {
                generated.add(m);
                continue;
            }
            RuleSource.DrlFile file = byPath(path, source);
            String text = firstLines(m.getText());
            if (text.startsWith(NULL_PACKAGE) && messages.size() > 1) {
                continue;
            }
            int line = Math.max(m.getLine(), 0);
            if (file != null && line == 0) {
                line = lineOfExpression(text, file.text());
            }
            errors.add(new RuleError(file == null ? strip(path) : file.path(), line, Math.max(m.getColumn(), 0), text));
        }
        if (!generated.isEmpty()) {
            errors.addAll(generatedErrors(generated, source, compileOne));
        }
        return new ArrayList<>(errors);
    }

    /**
     * Compiles each file alone and reports the ones that fail, for a build that threw instead of reporting. A file
     * that throws is placed on its first rule; one that reports messages is mapped as usual.
     */
    static List<RuleError> isolate(RuleSource source, Function<RuleSource.DrlFile, List<Message>> compileOne) {
        List<RuleError> errors = new ArrayList<>();
        for (RuleSource.DrlFile f : source.files()) {
            try {
                List<Message> messages = compileOne.apply(f);
                if (!messages.isEmpty()) {
                    errors.addAll(map(messages, new RuleSource(source.origin(), List.of(f)), compileOne));
                }
            } catch (RuntimeException e) {
                List<String> names = ruleNames(f.text());
                int line = names.isEmpty() ? 0 : RuleBase.lineOf(names.get(0), f.text());
                errors.add(new RuleError(f.path(), line, 0, "Drools 无法编译此规则：" + firstLine(e)));
            }
        }
        if (errors.isEmpty()) {
            errors.add(new RuleError("", 0, 0, "Drools 无法编译这些规则，但单独编译每个文件都没有错误"));
        }
        return errors;
    }

    /** The first line of an exception's message, with the innermost cause's type when it says more. */
    static String firstLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        String first = message.strip().split("\\R", 2)[0];
        return t == e ? first : first + "（" + t.getClass().getSimpleName() + "）";
    }

    private static List<RuleError> generatedErrors(List<Message> generated, RuleSource source,
                                                   Function<RuleSource.DrlFile, List<Message>> compileOne) {
        Set<String> packages = new LinkedHashSet<>();
        for (Message m : generated) {
            Matcher g = GENERATED.matcher(m.getPath());
            if (g.matches()) {
                String pkg = g.group(1).replace('/', '.');
                // Lambdas live in a hashed sub-package (rules.tables.P17): the DRL package is its parent.
                packages.add(pkg.replaceFirst("\\.P[0-9A-F]{2}$", ""));
            }
        }
        List<RuleError> errors = new ArrayList<>();
        for (RuleSource.DrlFile f : source.files()) {
            Matcher p = PACKAGE.matcher(f.text());
            String pkg = p.find() ? p.group(1) : "";
            if (!packages.contains(pkg)) {
                continue;
            }
            for (Message m : compileOne.apply(f)) {
                String text = firstLines(m.getText());
                if (text.startsWith("Java source of")) {
                    continue;
                }
                List<String> names = ruleNames(f.text());
                String rule = names.isEmpty() ? "" : names.get(0);
                errors.add(new RuleError(f.path(), thenLine(f.text()), 0,
                        (rule.isEmpty() ? "" : "规则“" + rule + "”中的 Java 表达式有错误：") + text));
            }
        }
        if (errors.isEmpty()) {
            for (Message m : generated) {
                errors.add(new RuleError(strip(m.getPath()), 0, 0, firstLines(m.getText())));
            }
        }
        return errors;
    }

    private static RuleSource.DrlFile byPath(String path, RuleSource source) {
        if (path.isEmpty()) {
            return null;
        }
        String rel = strip(path);
        for (RuleSource.DrlFile f : source.files()) {
            if (f.path().equals(rel)) {
                return f;
            }
        }
        return null;
    }

    private static String strip(String path) {
        return path.startsWith(RESOURCE_ROOT) ? path.substring(RESOURCE_ROOT.length()) : path;
    }

    /** For messages without a line: the line holding the expression quoted after the last colon. */
    private static int lineOfExpression(String text, String drl) {
        int colon = text.lastIndexOf(": ");
        if (colon < 0) {
            return 0;
        }
        String expression = text.substring(colon + 2).trim();
        if (expression.isEmpty()) {
            return 0;
        }
        String[] lines = drl.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(expression)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int thenLine(String drl) {
        String[] lines = drl.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().equals("then")) {
                return i + 1;
            }
        }
        return 0;
    }

    static List<String> ruleNames(String drl) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))", Pattern.MULTILINE).matcher(drl);
        while (m.find()) {
            names.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return names;
    }

    /** Drools messages can run to pages of generated code; the first lines say what is wrong. */
    private static String firstLines(String text) {
        if (text == null) {
            return "";
        }
        String[] lines = text.trim().split("\\R");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(lines.length, 3); i++) {
            if (!lines[i].isBlank()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(lines[i].trim());
            }
        }
        return sb.toString();
    }
}
