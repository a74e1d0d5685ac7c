package org.xxgk.check.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rule validation refuses what no compliance rule needs, and lets through everything the project's rules use. */
class RuleTextCheckTest {

    /** A rule whose consequence is {@code %s}. */
    private static final String RULE = """
            package rules.tables;

            import org.xxgk.check.fact.Cell;
            %s
            global org.xxgk.check.engine.Findings findings;

            rule "X"
                @id("X") @severity("info") @title("x") @basis("x")
            when
                $c : Cell( table == "三" )
            then
                %s
            end
            """;

    private static List<RuleError> check(String imports, String then) {
        return RuleTextCheck.check(new RuleSource.DrlFile("tables/X.drl", RULE.formatted(imports, then)));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("", "System.exit(0);", 12, "规则不能使用 System"),
                Arguments.of("", "java.lang.System.exit(0);", 12, "规则不能使用 java.lang.System"),
                Arguments.of("", "Runtime.getRuntime().exec(\"rm -rf /\");", 12, "规则不能使用 Runtime"),
                Arguments.of("", "new ProcessBuilder(\"sh\").start();", 12, "规则不能使用 ProcessBuilder"),
                Arguments.of("", "java.nio.file.Files.writeString(java.nio.file.Path.of(\"/tmp/x\"), \"x\");", 12,
                        "规则不能使用 java.nio.file.Files"),
                Arguments.of("import java.io.*;", "new FileWriter(\"/tmp/x\").write(1);", 4, "规则不能导入 java.io.*"),
                Arguments.of("import java.net.URL;", "new URL(\"http://example.com\").openStream();", 4,
                        "规则不能导入 java.net.URL"),
                Arguments.of("import java.util.*;", "new Formatter(\"/tmp/x\");", 12, "规则不能使用 Formatter"),
                Arguments.of("", "$c.getClass().getClassLoader();", 12, "规则不能使用反射（getClass(…)）"),
                Arguments.of("", "Object o = String.class;", 12, "规则不能使用反射（.class）"),
                Arguments.of("", "new Thread(() -> {}).start();", 12, "规则不能使用 Thread"),
                Arguments.of("", "while (true) { }", 12, "规则中不能写可能不结束的循环（while）"),
                Arguments.of("", "for (int i = 0; ; i++) { }", 12, "规则中不能写可能不结束的循环（for(;;)）"),
                Arguments.of("", "do { } while (false);", 12, "规则中不能写可能不结束的循环（do）"),
                Arguments.of("", "String s = \"\\u0022); System.exit(0); //\";", 12, "规则中不能写 \\u0022 这样的转义"),
                Arguments.of("import org.xxgk.check.config.TrustStore;", "", 4,
                        "规则不能导入 org.xxgk.check.config.TrustStore"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("refused")
    void refusedUsesAreNamedWithTheirLine(String imports, String then, int line, String says) {
        List<RuleError> errors = check(imports, then);
        assertTrue(errors.stream().anyMatch(e -> e.line() == line && e.message().startsWith(says)
                && e.file().equals("tables/X.drl")), errors.toString());
    }

    @Test
    void aPackageOfAnotherNameBringsItsClassesIntoScopeAndIsRefused() {
        List<RuleError> errors = RuleTextCheck.check(new RuleSource.DrlFile("tables/X.drl",
                RULE.formatted("", "").replace("package rules.tables;", "package com.sun.net.httpserver;")));
        assertTrue(errors.get(0).message().startsWith("规则的包名应为 rules.<类别>"), errors.toString());
    }

    @Test
    void wordsInMessagesAndCommentsAreNoCallsAndAListMayBeWalked() {
        assertEquals(List.of(), check("import java.util.List;\n// System.exit would be wrong here",
                "findings.report( kcontext, $c.line(), \"请用 System 菜单中的 Runtime 选项\" ); /* while (true) */\n"
                        + "for (Cell other : List.of($c)) { }"));
    }

    @Test
    void everyRuleOfTheProjectPasses() throws Exception {
        RuleSource project = RuleSource.fromDirectory(Path.of("rules"));
        assertTrue(project.files().size() > 20);
        assertEquals(List.of(), RuleTextCheck.check(project));
        String readme = Files.readString(Path.of("rules/README.md"));
        assertTrue(readme.contains("--unrestricted-rules"), "rules/README.md says how to opt out");
    }
}
