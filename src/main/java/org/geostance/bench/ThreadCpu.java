package org.geostance.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU seconds of this JVM's threads by kind (Spark tasks, JIT compilers, garbage collector, the rest), read from
 * Linux's {@code /proc/self/task}: the compiler and GC threads are invisible to {@code ThreadMXBean}, and on this
 * machine they are where the CPU outside the tasks went. Empty on a system without {@code /proc}.
 */
final class ThreadCpu {
    static final String TASKS = "tasks";
    static final String JIT = "jit";
    static final String GC = "gc";
    static final String OTHER = "other";

    /** Linux counts thread CPU in ticks of 1/100 s (USER_HZ, fixed by the kernel's user ABI). */
    private static final double SECONDS_PER_TICK = 0.01;
    private static final Path TASK_DIR = Path.of("/proc/self/task");

    /** Per thread id: its kind and CPU seconds so far. */
    private final Map<String, Map.Entry<String, Double>> threads;

    private ThreadCpu(Map<String, Map.Entry<String, Double>> threads) {
        this.threads = threads;
    }

    static ThreadCpu now() {
        Map<String, Map.Entry<String, Double>> threads = new HashMap<>();
        if (!Files.isDirectory(TASK_DIR)) {
            return new ThreadCpu(threads);
        }
        try (Stream<Path> tasks = Files.list(TASK_DIR)) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).strip();
                    String stat = Files.readString(task.resolve("stat"), StandardCharsets.UTF_8);
                    threads.put(task.getFileName().toString(), Map.entry(kind(name), seconds(stat)));
                } catch (IOException e) {
                    // The thread ended between the listing and the read: it has nothing more to count.
                }
            }
        } catch (IOException e) {
            return new ThreadCpu(threads);
        }
        return new ThreadCpu(threads);
    }

    /**
     * CPU seconds each kind of thread spent since {@code before}, in the order tasks, jit, gc, other; threads
     * that ended in between are missing (their CPU is in the process's total, not here).
     */
    Map<String, Double> since(ThreadCpu before) {
        Map<String, Double> byKind = new LinkedHashMap<>();
        for (String kind : List.of(TASKS, JIT, GC, OTHER)) {
            byKind.put(kind, 0.0);
        }
        threads.forEach((id, now) -> {
            Map.Entry<String, Double> then = before.threads.get(id);
            double earlier = then == null ? 0 : then.getValue();
            byKind.merge(now.getKey(), now.getValue() - earlier, Double::sum);
        });
        byKind.replaceAll((kind, seconds) -> Math.round(seconds * 100) / 100.0);
        return byKind;
    }

    /** The kind of a thread from its Linux name (the first 15 characters of the Java one). */
    static String kind(String name) {
        if (name.startsWith("Executor task")) {
            return TASKS;
        }
        if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre") || name.startsWith("Sweeper")) {
            return JIT;
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
            return GC;
        }
        return OTHER;
    }

    /** utime + stime of a {@code stat} line; the fields are counted after the name, which may hold spaces. */
    static double seconds(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After the name: state is field 3 of proc(5), utime 14 and stime 15.
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * SECONDS_PER_TICK;
    }
}
