package org.xxgk.check.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The command in a JVM of its own, from the test class path: for what only a whole process shows (exit status). */
final class Subprocess {

    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Subprocess() {
    }

    /**
     * @param dir      the working folder
     * @param jvm      JVM options (a heap size)
     * @param seconds  how long it may take: a guard against a hang, far above what it needs
     */
    static Run run(Path dir, List<String> jvm, long seconds, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1"));
        command.addAll(jvm);
        command.add("-Dxxgk.trust=" + System.getProperty("xxgk.trust", "target/test-trusted-rules"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.xxgk.check.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> read(p, true));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> read(p, false));
        boolean ended = p.waitFor(seconds, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "the run ended within " + seconds + " s");
        return new Run(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8));
    }

    private static byte[] read(Process p, boolean stdout) {
        try {
            return (stdout ? p.getInputStream() : p.getErrorStream()).readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
