package org.xxgk.check.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses rule text that uses what no compliance rule needs. A DRL consequence is Java and runs with the rights of
 * whoever runs the checker: a rule from a folder someone sent could write files, call {@code System.exit(0)} (exit
 * 0, no output: it looks like a clean report) or reach the network. A rule only reads facts and reports through
 * {@code findings}; so a rule may name types of {@code java.lang} (but not {@code System}, {@code Runtime},
 * processes, threads, class loaders or {@code Class}), {@code java.util} (its collections, regex and streams),
 * {@code java.math}, {@code java.time}, {@code java.text}, the facts and {@code Findings}/{@code Messages}, and no
 * reflection. A file, network or reflection API is never reachable from those without naming one of the refused
 * names.
 *
 * <p>This is a check of the text, not a sandbox: its job is to make sure a rule set does nothing a rule set does not
 * need, so that one that does is seen before it runs. Rules still come only from trusted folders (see README,
 * "Security and limits"); a trusted rule set that really needs more runs with {@code --unrestricted-rules}.
 */
public final class RuleTextCheck {

    private static final Set<String> PACKAGES = Set.of("java.lang", "java.util", "java.util.regex", "java.math", "java.time", "java.time.format", "java.time.temporal", "java.text",
            "org.xxgk.check.fact");
    private static final Set<String> CLASSES = Set.of("org.xxgk.check.engine.Findings",
            "org.xxgk.check.engine.Messages");
    /**
     * Types of the packages above that reach the process, threads, files or classes: java.lang's are in scope
     * without an import, java.util's after {@code import java.util.*} ({@code new Formatter("a.txt")} writes a file).
     */
    private static final Pattern REFUSED_NAME = Pattern.compile("\\b(System|Runtime|Process|ProcessBuilder|ProcessHandle"
            + "|Thread|ThreadGroup|ThreadLocal|InheritableThreadLocal|ClassLoader|Class|ClassValue|Module|ModuleLayer"
            + "|Package|SecurityManager|StackWalker|Compiler|Formatter|Scanner|Timer|ServiceLoader|Unsafe)\\b");
    private static final Pattern REFLECTION = Pattern.compile("\\.\\s*(?:(getClass|getClassLoader|forName|getMethods?"
            + "|getDeclared\\w*|getFields?|getConstructors?|invoke|newInstance|setAccessible|getModule)\\s*\\(|(class)\\b)");
    /** A qualified type name: lower-case package parts, then a capitalised type. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w$.])([a-z_][\\w$]*(?:\\s*\\.\\s*[a-z_][\\w$]*)*)\\s*\\.\\s*([A-Z][\\w$]*)");
    private static final Pattern IMPORT = Pattern.compile(
            "\\bimport\\s+(?:function\\s+|static\\s+)?([\\w$]+(?:\\s*\\.\\s*[\\w$]+)*)(\\s*\\.\\s*\\*)?");
    /**
     * A loop that may not end: a consequence that loops does not come back to the engine, so neither the firing limit
     * nor the time limit can stop it. A rule has no need of one (accumulate and collect go over facts); a for-each
     * over a list ends and is allowed.
     */
    private static final Pattern LOOP = Pattern.compile("\\b(while)\\s*\\(|\\b(do)\\s*\\{|\\b(for)\\s*\\(([^()]*(?:\\([^()]*\\)[^()]*)*);");
    /** The DRL package: classes of the package a rule set declares are in scope by their simple names. */
    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w$]+(?:\\s*\\.\\s*[\\w$]+)*)");
    private static final Pattern RULE_PACKAGE = Pattern.compile("rules(?:\\.[a-z][a-z0-9_]*)*");
    /** Java turns \u0022 into a quote before it reads the code: inside a string it can end the string. */
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\+u+[0-9A-Fa-f]{4}");
    private static final String WHY = "：规则以运行者的权限执行，只应判断事实、报告问题，不需要 System、Runtime、进程、线程、"
            + "文件、网络或反射；规则来源可信且确需使用时，加 --unrestricted-rules 运行";

    private RuleTextCheck() {
    }

    /** Every refused use in every file of the rule set. */
    public static List<RuleError> check(RuleSource source) {
        List<RuleError> errors = new ArrayList<>();
        for (RuleSource.DrlFile f : source.files()) {
            errors.addAll(check(f));
        }
        return errors;
    }

    static List<RuleError> check(RuleSource.DrlFile file) {
        String text = file.text();
        List<RuleError> errors = new ArrayList<>();
        Matcher escape = UNICODE_ESCAPE.matcher(text);
        while (escape.find()) {
            errors.add(error(file, escape.start(), "规则中不能写 " + escape.group()
                    + " 这样的转义（Java 在编译前把它换成字符，可以藏起代码）；请直接写出字符"));
        }
        String code = code(text);
        Matcher m = PACKAGE.matcher(code);
        while (m.find()) {
            String name = m.group(1).replaceAll("\\s", "");
            if (!RULE_PACKAGE.matcher(name).matches()) {
                errors.add(error(file, m.start(), "规则的包名应为 rules.<类别>（如 rules.tables），不能是 " + name
                        + "：另一个包中的类不用导入就能直接使用" + WHY));
            }
        }
        m = IMPORT.matcher(code);
        while (m.find()) {
            String name = m.group(1).replaceAll("\\s", "");
            boolean wildcard = m.group(2) != null;
            if (wildcard ? !PACKAGES.contains(name) : !allowedImport(name)) {
                errors.add(error(file, m.start(), "规则不能导入 " + name + (wildcard ? ".*" : "") + WHY));
            }
        }
        m = QUALIFIED.matcher(code);
        while (m.find()) {
            String pkg = m.group(1).replaceAll("\\s", "");
            String type = m.group(2);
            if (!allowed(pkg, type) && !code.startsWith("import", lineStart(code, m.start()))) {
                errors.add(error(file, m.start(), "规则不能使用 " + pkg + "." + type + WHY));
            }
        }
        m = REFUSED_NAME.matcher(code);
        while (m.find()) {
            errors.add(error(file, m.start(), "规则不能使用 " + m.group(1) + WHY));
        }
        m = REFLECTION.matcher(code);
        while (m.find()) {
            String what = m.group(1) != null ? m.group(1) + "(…)" : ".class";
            errors.add(error(file, m.start(), "规则不能使用反射（" + what + "）" + WHY));
        }
        m = LOOP.matcher(code);
        while (m.find()) {
            String what = m.group(1) != null ? "while" : m.group(2) != null ? "do" : "for(;;)";
            errors.add(error(file, m.start(), "规则中不能写可能不结束的循环（" + what + "）：规则的 then 里循环不停时，"
                    + "触发次数和时间上限都拦不住它；汇总多个事实请用 accumulate 或 collect，遍历列表可用 for (X x : 列表)"));
        }
        errors.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        return errors;
    }

    private static boolean allowed(String pkg, String type) {
        return CLASSES.contains(pkg + "." + type) || PACKAGES.contains(pkg) && !REFUSED_NAME.matcher(type).matches();
    }

    /** An import names a type (java.util.List), or a function or member of one (…Messages.markers). */
    private static boolean allowedImport(String name) {
        String[] parts = name.split("\\.");
        StringBuilder pkg = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                return allowed(pkg.toString(), part);
            }
            pkg.append(pkg.length() == 0 ? "" : ".").append(part);
        }
        return false;
    }

    /** Checked on its own line's import: an import is judged whole, not again as a qualified name. */
    private static int lineStart(String code, int at) {
        int start = code.lastIndexOf('\n', at) + 1;
        while (start < at && Character.isWhitespace(code.charAt(start))) {
            start++;
        }
        return start;
    }

    /**
     * The text with comments and the contents of string and character literals blanked (lengths and line breaks
     * kept, so positions still hold): 「System」 in a message or a comment is no call.
     */
    static String code(String text) {
        StringBuilder b = new StringBuilder(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    b.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (; i < end; i++) {
                    if (text.charAt(i) != '\n') {
                        b.setCharAt(i, ' ');
                    }
                }
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\' && i + 1 < n) {
                        b.setCharAt(i++, ' ');
                    }
                    b.setCharAt(i++, ' ');
                }
                i++;
            } else {
                i++;
            }
        }
        return b.toString();
    }

    private static RuleError error(RuleSource.DrlFile file, int offset, String message) {
        String text = file.text();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new RuleError(file.path(), line, offset - lineStart + 1, message);
    }
}
