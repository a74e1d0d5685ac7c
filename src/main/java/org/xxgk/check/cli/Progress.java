package org.xxgk.check.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * The progress line of a batch on an interactive terminal: 「已检查 120/400 份 · 9.6 份/秒 · 约剩 29 秒」 on the error
 * output, rewritten in place ({@code \r}) at most a few times a second and erased before the summary. Nothing when
 * the error output is not a terminal (a CI log, a file), with {@code --quiet}, or on a terminal that cannot move the
 * cursor ({@code TERM=dumb}). {@code NO_COLOR} turns off the dimmed style, not the line.
 */
final class Progress {

    /** No line at all. */
    static final Progress NONE = new Progress(null, 0, false, System::nanoTime);

    private static final long EVERY_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean color;
    private final LongSupplier clock;
    private final long start;
    private long shownAt;
    private int width;
    private int done;

    Progress(PrintWriter err, int total, boolean color, LongSupplier clock) {
        this.err = err;
        this.total = total;
        this.color = color;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.shownAt = start;
    }

    /**
     * A progress line for {@code total} reports when the error output is an interactive terminal and not quieted;
     * else {@link #NONE}. A batch of one report needs none.
     */
    static Progress onTerminal(PrintWriter err, int total, boolean quiet) {
        if (quiet || total < 2 || !Terminal.stderrIsTerminal() || "dumb".equals(System.getenv("TERM"))) {
            return NONE;
        }
        String noColor = System.getenv("NO_COLOR");
        return new Progress(err, total, noColor == null || noColor.isEmpty(), System::nanoTime);
    }

    /** One more report done; the line is redrawn when it was last drawn long enough ago. */
    void done() {
        if (err == null) {
            return;
        }
        done++;
        long now = clock.getAsLong();
        if (width > 0 && now - shownAt < EVERY_NANOS && done < total) {
            return; // a line erased for output is drawn again at once
        }
        shownAt = now;
        String line = line(done, total, (now - start) / 1e9);
        String padded = line + " ".repeat(Math.max(0, width - Terminal.width(line)));
        width = Terminal.width(line);
        err.print("\r" + (color ? "\u001b[2m" + padded + "\u001b[0m" : padded));
        err.flush();
    }

    /** Erases the line, so that what follows starts on a clean line. */
    void clear() {
        if (err == null || width == 0) {
            return;
        }
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
        width = 0;
    }

    /** 「已检查 120/400 份 · 9.6 份/秒 · 约剩 29 秒」. */
    static String line(int done, int total, double seconds) {
        StringBuilder sb = new StringBuilder("已检查 ").append(done).append('/').append(total).append(" 份");
        if (seconds > 0.05 && done > 0) {
            double rate = done / seconds;
            sb.append(" · ").append(String.format(java.util.Locale.ROOT, "%.1f", rate)).append(" 份/秒");
            if (done < total) {
                long left = Math.round((total - done) / rate);
                sb.append(" · 约剩 ").append(left >= 60 ? left / 60 + " 分 " + left % 60 + " 秒" : left + " 秒");
            }
        }
        return sb.toString();
    }

    /** What the process's terminal is: only {@link Main#main} asks, tests never have one. */
    static final class Terminal {
        private static volatile boolean interactive;
        private static volatile boolean stdout;

        private Terminal() {
        }

        /** Called by {@code main}: whether file descriptor 2 is a terminal. */
        static void detect() {
            interactive = probe(2);
            stdout = probe(1);
        }

        /** Whether findings printed on the standard output land on the terminal that shows the progress line. */
        static boolean stdoutIsTerminal() {
            return stdout;
        }

        static boolean stderrIsTerminal() {
            return interactive;
        }

        /**
         * Java 17 cannot ask whether a standard stream is a terminal; on Linux its descriptor links to a {@code /dev/pts}
         * or {@code /dev/tty} device. Elsewhere a console on standard input and output is the best guess.
         */
        private static boolean probe(int descriptor) {
            Path fd = Path.of("/proc/self/fd/" + descriptor);
            try {
                if (Files.exists(fd)) {
                    String target = Files.readSymbolicLink(fd).toString();
                    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
                }
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
            return System.console() != null;
        }

        /** Columns a string takes on a terminal: a Chinese character takes two. */
        static int width(String s) {
            int w = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                w += c >= 0x2E80 ? 2 : 1;
            }
            return w;
        }
    }
}
