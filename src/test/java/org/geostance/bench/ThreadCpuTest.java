package org.geostance.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
    @Test
    void aBusyThreadNamedLikeASparkTaskCountsAsTasks() throws InterruptedException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux /proc");
        CountDownLatch spun = new CountDownLatch(1);
        CountDownLatch counted = new CountDownLatch(1);
        AtomicLong sink = new AtomicLong();
        Thread busy = new Thread(() -> {
            // As Spark's task runner does: a thread renamed by itself is renamed for Linux too.
            Thread.currentThread().setName("Executor task launch worker for task 0.0 in stage 1.0 (TID 1)");
            ThreadMXBean bean = ManagementFactory.getThreadMXBean();
            long x = 1;
            while (bean.getCurrentThreadCpuTime() < 300_000_000L) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
            sink.set(x);
            spun.countDown();
            try {
                // Alive while it is counted: an ended thread leaves /proc/self/task with its CPU.
                counted.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ThreadCpu before = ThreadCpu.now();
        busy.start();
        spun.await();
        Map<String, Double> spent = ThreadCpu.now().since(before);
        counted.countDown();
        busy.join();

        assertThat(spent).containsOnlyKeys(ThreadCpu.TASKS, ThreadCpu.JIT, ThreadCpu.GC, ThreadCpu.OTHER);
        // 0.3 s of the thread's own CPU, counted in ticks of 0.01 s.
        assertThat(spent.get(ThreadCpu.TASKS)).isBetween(0.28, 0.4);
        assertThat(sink.get()).isNotZero();
    }

    @Test
    void hotSpotThreadNamesAsLinuxShowsThemFallIntoTheirKinds() {
        assertThat(ThreadCpu.kind("Executor task l")).isEqualTo(ThreadCpu.TASKS);
        assertThat(ThreadCpu.kind("C2 CompilerThre")).isEqualTo(ThreadCpu.JIT);
        assertThat(ThreadCpu.kind("C1 CompilerThre")).isEqualTo(ThreadCpu.JIT);
        assertThat(ThreadCpu.kind("GC Thread#1")).isEqualTo(ThreadCpu.GC);
        assertThat(ThreadCpu.kind("G1 Conc#0")).isEqualTo(ThreadCpu.GC);
        assertThat(ThreadCpu.kind("java")).isEqualTo(ThreadCpu.OTHER);
        assertThat(ThreadCpu.kind("dag-scheduler-e")).isEqualTo(ThreadCpu.OTHER);
    }

    @Test
    void statFieldsAreCountedAfterANameWithSpacesAndParentheses() {
        // A stat line as Linux writes it for a thread named "C2 (x) Thre": utime 7421, stime 35 ticks.
        String stat = "1234 (C2 (x) Thre) S 1 1234 1234 0 -1 1077936192 4567 0 0 0 7421 35 0 0 20 0 45 0 "
                + "1000 0 0 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 -1 1 0 0 0 0 0";
        assertThat(ThreadCpu.seconds(stat)).isEqualTo(74.56, org.assertj.core.data.Offset.offset(1e-9));
    }
}
