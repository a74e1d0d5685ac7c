package org.xxgk.check.cli;

import java.nio.charset.StandardCharsets;

/**
 * Makes sure the process never ends with 0 or 1 unless {@code main} says so. A rule run with
 * {@code --unrestricted-rules} may call {@code System.exit(0)}: exit 0 and no output would look like a clean report.
 * Java 17's SecurityManager could forbid that, but it is deprecated for removal; instead a shutdown hook sees that
 * the JVM is going down without {@code main}'s say and halts it with 2. The same holds for an interrupted run
 * (Ctrl-C, {@code kill}): its output is incomplete.
 */
final class ExitGuard {

    private static volatile boolean ours;
    /** Made before anything can go wrong: printing it must not need memory that may be gone. */
    private static final byte[] FOREIGN_EXIT = ("xxgk-check: 错误: 检查未正常结束（被中断，或规则等代码调用了 System.exit），"
            + "输出不完整\n").getBytes(StandardCharsets.UTF_8);
    private static final byte[] CRASH = "xxgk-check: 错误: 检查器内部错误".getBytes(StandardCharsets.UTF_8);

    private ExitGuard() {
    }

    static void install() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (ours) {
                return;
            }
            try {
                // Written on a thread of its own: a stderr that blocks (a full pipe, a lock held) must not keep the
                // process from ending with the right status.
                Thread say = new Thread(() -> {
                    System.err.write(FOREIGN_EXIT, 0, FOREIGN_EXIT.length);
                    System.err.flush();
                }, "xxgk-check-exit-message");
                say.setDaemon(true);
                say.start();
                say.join(500);
            } catch (Throwable ignored) {
                // no memory for a thread: the exit status below is what matters
            } finally {
                // halt, not exit: the exit under way keeps the status it was given; halt replaces it.
                Runtime.getRuntime().halt(ExitCode.ERROR.code());
            }
        }, "xxgk-check-exit-guard"));
    }

    /** {@code main} is about to exit with the code it chose. */
    static void exiting() {
        ours = true;
    }

    /** Tells of a throwable that escaped the run, without a stack trace; the run's code is then 2. */
    static int crashed(Throwable t) {
        try {
            System.err.write(CRASH, 0, CRASH.length);
            byte[] detail = ("（" + t.getClass().getSimpleName() + "）\n").getBytes(StandardCharsets.UTF_8);
            System.err.write(detail, 0, detail.length);
            System.err.flush();
        } catch (Throwable ignored) {
            // out of memory again: the code still says the run failed
        }
        return ExitCode.ERROR.code();
    }
}
