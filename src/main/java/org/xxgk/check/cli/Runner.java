package org.xxgk.check.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.xxgk.check.finding.CheckedReport;

/**
 * Runs the reports of a batch on worker threads and delivers each result in input order as soon as it and all
 * before it are done, so that a batch of 10 000 reports holds a few dozen results at a time, not all of them.
 *
 * <p>Each report has its time ({@link Checker.RunLimits#timeout}). When it is up, the report's result is a time-out
 * error naming the stage it stopped in, and its thread is interrupted: the split search, the PDF reader and the
 * rule engine look at the interrupt and stop using the CPU. A thread that does not stop within a grace period (a
 * rule consequence that loops, a regular expression that never ends) is abandoned: its slot goes to the next
 * report; the thread is a daemon and ends with the run. {@code Thread.stop} is not used: it could leave shared state
 * (the rule base, the parser's caches) broken for the reports after, and later JDKs refuse it.
 *
 * <p>The watch over time limits runs on the delivering thread, which wakes every quarter second anyway to keep the
 * progress line up to date, and survives running out of memory: when a report's check takes all the memory,
 * every thread may get the error, and no timer thread must be needed to finish the batch.
 */
final class Runner {

    /** One report's check as the batch sees it: {@link Checker}, or a stand-in in tests. */
    interface Work {
        /** Checks one report on the calling thread, never throwing; {@code progress} tells the stage it is in. */
        CheckedReport check(Path file, Checker.Progress progress);

        /** The error of a report whose time ran out in {@code stage}. */
        String timedOut(Checker.Stage stage);

        Duration timeout();
    }

    /** Results worked on ahead of the one being delivered, per thread: what bounds the memory a batch holds. */
    private static final int AHEAD = 8;
    /** How long a timed-out report's thread may take to stop before its slot goes to the next report. */
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final long TICK_MILLIS = 250;
    /** Workers get a stack of their own size: deeply nested input must not depend on the launcher's -Xss. */
    private static final long STACK = 8L * 1024 * 1024;

    private final Work checker;
    private final int threads;
    private final ProgressLine progress;
    private final Semaphore slots;
    private final long timeoutNanos;
    /** Reports whose time is up and whose thread has not stopped: watched after they are delivered. */
    private final List<Task> lingering = new ArrayList<>();
    private final List<Task> timedOut = new ArrayList<>();

    Runner(Work checker, int threads, ProgressLine progress) {
        this.checker = checker;
        this.threads = Math.max(1, threads);
        this.progress = progress;
        this.slots = new Semaphore(this.threads, true);
        this.timeoutNanos = checker.timeout().toNanos();
    }

    /** Reports whose time ran out and whose thread has not stopped (it ends with the run). */
    int stillRunning() {
        return (int) timedOut.stream().filter(t -> !t.finished).count();
    }

    /** Checks every input and hands each result to {@code deliver}, in input order, on this thread. */
    void run(List<Inputs.Input> inputs, Consumer<CheckedReport> deliver) {
        ExecutorService workers = Executors.newCachedThreadPool(daemons());
        try {
            ArrayDeque<Task> ahead = new ArrayDeque<>();
            int next = 0;
            for (int done = 0; done < inputs.size(); done++) {
                while (next < inputs.size() && ahead.size() < threads * AHEAD) {
                    ahead.add(start(inputs.get(next++), workers));
                }
                Task head = ahead.peek();
                CheckedReport r = await(head, ahead, done);
                ahead.poll();
                progress.clear();
                deliver.accept(r);
                progress.update(done + 1);
            }
        } finally {
            progress.clear();
            workers.shutdown();
        }
    }

    private Task start(Inputs.Input input, ExecutorService workers) {
        Task t = new Task(input);
        if (input.error() != null) {
            t.result.complete(CheckedReport.failed(t.name(), input.error()));
        } else {
            workers.execute(t);
        }
        return t;
    }

    /** The head's result; meanwhile the time limits of all running reports are watched and progress is shown. */
    private CheckedReport await(Task head, ArrayDeque<Task> running, int done) {
        while (true) {
            try {
                return head.result.get(TICK_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                watch(running);
                progress.update(done);
            } catch (OutOfMemoryError e) {
                // A report's check has used up the memory; its thread gets the error too and lets go of it.
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CheckedReport.failed(head.name(), "检查被中断，未完成");
            } catch (ExecutionException e) {
                return CheckedReport.failed(head.name(), "检查器内部错误（" + e.getCause() + "）");
            }
        }
    }

    private void watch(ArrayDeque<Task> running) {
        long now = System.nanoTime();
        for (Task t : running) {
            t.watch(now);
        }
        for (Task t : List.copyOf(lingering)) {
            t.watch(now);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(TICK_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One report's check, its time limit, and the slot it holds while it runs. */
    private final class Task implements Runnable {
        final Inputs.Input input;
        final CompletableFuture<CheckedReport> result = new CompletableFuture<>();
        final Checker.Progress stage = new Checker.Progress();
        private final AtomicBoolean released = new AtomicBoolean();
        /** When the check started (0: not yet), and the thread it runs on. */
        private volatile long started;
        private volatile Thread thread;
        private volatile boolean finished;
        private volatile boolean expired;

        Task(Inputs.Input input) {
            this.input = input;
        }

        String name() {
            return input.path().toString();
        }

        @Override
        public void run() {
            try {
                slots.acquire();
            } catch (InterruptedException e) {
                result.complete(CheckedReport.failed(name(), "检查被中断，未完成"));
                return;
            }
            thread = Thread.currentThread();
            started = System.nanoTime();
            try {
                result.complete(checker.check(input.path(), stage)); // no effect when the time-out came first
            } finally {
                synchronized (this) {
                    finished = true;
                }
                Thread.interrupted(); // an interrupt that came as the report ended is not for the next one
                if (!expired) {
                    release();
                }
            }
        }

        /** Called on the delivering thread: ends a check whose time is up, gives up on one that will not stop. */
        void watch(long now) {
            if (result.isDone()) {
                if (expired && (finished || now - started > timeoutNanos + GRACE_NANOS)) {
                    lingering.remove(this);
                    release();
                }
                return;
            }
            if (finished || started != 0 && !thread.isAlive()) {
                // The check ended without a result: memory ran out outside its own error handling.
                result.complete(CheckedReport.failed(name(), "检查器内部错误（内存不足或线程意外终止，在“"
                        + stage.stage.chinese + "”阶段），未检查"));
                release();
                return;
            }
            if (started != 0 && now - started > timeoutNanos) {
                // the time-out is the result before the thread is told to stop: woken by the interrupt, a check may
                // return a result of its own, which must not win
                expired = true;
                lingering.add(this);
                timedOut.add(this);
                result.complete(CheckedReport.failed(name(), checker.timedOut(stage.stage)));
                synchronized (this) {
                    if (!finished) {
                        thread.interrupt();
                    }
                }
            }
        }

        private void release() {
            if (released.compareAndSet(false, true)) {
                slots.release();
            }
        }
    }

    private static ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, "xxgk-check-report-" + n.incrementAndGet(), STACK);
            t.setDaemon(true);
            return t;
        };
    }
}
