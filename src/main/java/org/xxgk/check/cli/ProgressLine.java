package org.xxgk.check.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * 「已检查 120/400 份（35.2 份/秒，约剩 8 秒）」 on stderr, rewritten in place, while a batch runs: only when stderr
 * is a terminal, the batch has more than one report, and {@code --quiet} is not given. It uses no colour and no
 * escape sequence, only a carriage return and spaces, so that {@code NO_COLOR} and dumb terminals are respected.
 */
final class ProgressLine {

    /** First drawn after this long: a quick run shows nothing. */
    private static final long FIRST_MILLIS = 500;
    private static final long EVERY_MILLIS = 200;

    private final PrintWriter err;
    private final int total;
    private final boolean on;
    private final long start = System.nanoTime();
    private long lastDrawn;
    private int width;

    private ProgressLine(PrintWriter err, int total, boolean on) {
        this.err = err;
        this.total = total;
        this.on = on;
    }

    static ProgressLine none() {
        return new ProgressLine(null, 0, false);
    }

    /** A progress line on {@code err} when it is a terminal and not {@code quiet}; otherwise one that draws nothing. */
    static ProgressLine onStderr(PrintWriter err, int total, boolean quiet) {
        return new ProgressLine(err, total, !quiet && total > 1 && stderrIsTerminal(System.getenv()));
    }

    /**
     * Whether stderr is a terminal. {@code System.console()} says so only for stdin and stdout, which are redirected
     * when the output goes to a file. The {@code ./check} launcher tells ({@code [ -t 2 ]} → {@code XXGK_STDERR_TTY});
     * without it, on Linux, where file descriptor 2 points. A dumb terminal gets no line rewritten in place.
     */
    static boolean stderrIsTerminal(Map<String, String> env) {
        if ("dumb".equals(env.get("TERM"))) {
            return false;
        }
        String told = env.get("XXGK_STDERR_TTY");
        if (told != null) {
            return told.equals("1");
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    boolean on() {
        return on;
    }

    /** Shows {@code done} of the total, at most every 200 ms. */
    void update(int done) {
        if (!on) {
            return;
        }
        long now = System.nanoTime();
        long elapsed = (now - start) / 1_000_000;
        if (elapsed < FIRST_MILLIS || (now - lastDrawn) / 1_000_000 < EVERY_MILLIS) {
            return;
        }
        lastDrawn = now;
        draw(text(done, total, elapsed));
    }

    /** Removes the line, before something else is printed and at the end. */
    void clear() {
        if (on && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }

    private void draw(String text) {
        int w = width(text);
        err.print("\r" + text + " ".repeat(Math.max(0, width - w)));
        err.flush();
        width = Math.max(w, width);
    }

    /** 「已检查 120/400 份（35.2 份/秒，约剩 8 秒）」. */
    static String text(int done, int total, long elapsedMillis) {
        StringBuilder b = new StringBuilder("已检查 ").append(done).append('/').append(total).append(" 份");
        if (done > 0 && elapsedMillis > 0) {
            double rate = done * 1000.0 / elapsedMillis;
            long left = Math.round((total - done) / rate);
            b.append(String.format("（%.1f 份/秒，约剩 %s）", rate, duration(left)));
        }
        return b.toString();
    }

    private static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " 秒";
        }
        if (seconds < 3600) {
            return seconds / 60 + " 分 " + seconds % 60 + " 秒";
        }
        return seconds / 3600 + " 小时 " + seconds % 3600 / 60 + " 分";
    }

    /** Columns on a terminal: CJK characters take two. */
    private static int width(String s) {
        return s.codePoints().map(c -> c >= 0x1100 ? 2 : 1).sum();
    }
}
