package org.xxgk.check.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.xxgk.check.finding.CheckedReport;

/**
 * The batch runner with a stand-in for the checker: results in input order, handed over as soon as they and all
 * before them are done, with a bounded number in flight; a report whose time runs out is an error of its own.
 */
class RunnerTest {

    /** A check that does what {@code body} says for each file. */
    private record Work(Duration timeout, Function<Path, CheckedReport> body) implements Runner.Work {
        @Override
        public CheckedReport check(Path file, Checker.Progress progress) {
            progress.stage = Checker.Stage.PARSING;
            return body.apply(file);
        }

        @Override
        public String timedOut(Checker.Stage stage) {
            return "超时（" + stage.chinese + "）";
        }
    }

    private static List<Inputs.Input> inputs(int n) {
        List<Inputs.Input> inputs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            inputs.add(new Inputs.Input(Path.of("r" + i + ".txt"), null));
        }
        return inputs;
    }

    private static CheckedReport clean(Path file) {
        return new CheckedReport(file.toString(), null, null, null, List.of(), List.of(), null);
    }

    @Test
    void resultsComeInInputOrderAsSoonAsTheyAndAllBeforeThemAreDone() {
        int total = 10_000;
        int threads = 4;
        AtomicInteger started = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        Work work = new Work(Duration.ofSeconds(10), file -> {
            mostInFlight.accumulateAndGet(started.incrementAndGet() - delivered.get(), Math::max);
            if (ThreadLocalRandom.current().nextInt(50) == 0) {
                sleep(2);
            }
            return clean(file);
        });
        List<String> order = new ArrayList<>();
        int[] startedWhenFirstArrived = {-1};
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> new Runner(work, threads, ProgressLine.none())
                .run(inputs(total), r -> {
                    if (order.isEmpty()) {
                        startedWhenFirstArrived[0] = started.get();
                    }
                    order.add(r.file());
                    delivered.incrementAndGet();
                }));
        assertEquals(total, order.size());
        for (int i = 0; i < total; i++) {
            assertEquals("r" + i + ".txt", order.get(i));
        }
        // streaming: the first result came while most reports were not even started, and few are ever in flight
        assertTrue(startedWhenFirstArrived[0] < 100, "started when the first arrived: " + startedWhenFirstArrived[0]);
        assertTrue(mostInFlight.get() <= threads * 8 + threads, "most in flight: " + mostInFlight.get());
    }

    @Test
    void aReportWhoseTimeRunsOutIsAnErrorAndItsThreadIsInterrupted() {
        CountDownLatch interrupted = new CountDownLatch(1);
        Work work = new Work(Duration.ofMillis(300), file -> {
            if (file.toString().equals("r1.txt")) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            }
            return clean(file);
        });
        List<CheckedReport> results = new ArrayList<>();
        Runner batch = new Runner(work, 2, ProgressLine.none());
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> batch.run(inputs(5), results::add));
        assertEquals(5, results.size());
        assertEquals("超时（解析年报）", results.get(1).error());
        results.remove(1);
        assertTrue(results.stream().allMatch(r -> r.error() == null), results.toString());
        assertTrue(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> interrupted.await(10, TimeUnit.SECONDS)));
    }

    /** A check that ignores the interrupt (a rule looping in its consequence) costs its slot only until the grace. */
    @Test
    void aCheckThatWillNotStopIsAbandonedAndTheBatchGoesOnOnOneThread() {
        AtomicBoolean release = new AtomicBoolean();
        Work work = new Work(Duration.ofMillis(300), file -> {
            if (file.toString().equals("r0.txt")) {
                while (!release.get()) {
                    Thread.onSpinWait();
                }
            }
            return clean(file);
        });
        List<CheckedReport> results = new ArrayList<>();
        Runner batch = new Runner(work, 1, ProgressLine.none());
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> batch.run(inputs(4), results::add));
            assertEquals(4, results.size());
            assertEquals("超时（解析年报）", results.get(0).error());
            assertTrue(results.subList(1, 4).stream().allMatch(r -> r.error() == null), results.toString());
            assertEquals(1, batch.stillRunning());
        } finally {
            release.set(true);
        }
    }

    @Test
    void aCheckThatDiesWithoutAResultAndAFolderThatCouldNotBeReadAreErrorsInTheirPlace() {
        Work work = new Work(Duration.ofSeconds(10), file -> {
            if (file.toString().equals("r1.txt")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return clean(file);
        });
        List<Inputs.Input> inputs = new ArrayList<>(inputs(3));
        inputs.add(2, new Inputs.Input(Path.of("locked"), "无法读取这个文件夹（没有权限），其中的年报未检查"));
        List<CheckedReport> results = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> new Runner(work, 2, ProgressLine.none()).run(inputs, results::add));
        assertEquals(List.of("r0.txt", "r1.txt", "locked", "r2.txt"), results.stream().map(CheckedReport::file).toList());
        assertTrue(results.get(1).error().startsWith("检查器内部错误（内存不足或线程意外终止，在“解析年报”阶段）"),
                results.get(1).error());
        assertEquals("无法读取这个文件夹（没有权限），其中的年报未检查", results.get(2).error());
        assertEquals(null, results.get(3).error());
    }

    @Test
    void theProgressLineTellsCountRateAndTimeLeft() {
        assertEquals("已检查 0/400 份", ProgressLine.text(0, 400, 1000));
        assertEquals("已检查 100/400 份（50.0 份/秒，约剩 6 秒）", ProgressLine.text(100, 400, 2000));
        assertEquals("已检查 10/4000 份（1.0 份/秒，约剩 1 小时 6 分）", ProgressLine.text(10, 4000, 10_000));
        java.util.Map<String, String> env = new java.util.HashMap<>();
        env.put("XXGK_STDERR_TTY", "1");
        assertTrue(ProgressLine.stderrIsTerminal(env));
        env.put("TERM", "dumb");
        assertTrue(!ProgressLine.stderrIsTerminal(env));
        env.remove("TERM");
        env.put("XXGK_STDERR_TTY", "0");
        assertTrue(!ProgressLine.stderrIsTerminal(env));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
