package org.geostance.spark;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Prints one line per job step and per finished partition batch: the step of the job, partitions done of total
 * and the time since the run started. Spark's own console bar is turned off because it redraws a line that log
 * files and CI keep as noise.
 */
public final class ConsoleProgress extends SparkListener {
    private static final long MIN_INTERVAL_NANOS = 2_000_000_000L;

    private final PrintStream out;
    private final long startNanos = System.nanoTime();
    private final Map<Integer, Integer> totals = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> done = new ConcurrentHashMap<>();
    private volatile String step = "start";
    private volatile long lastPrint;

    public ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    /** Names the part of the job whose Spark stages run next, e.g. "score". */
    public void step(String name) {
        step = name;
        print("[%s] started", name);
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted event) {
        totals.put(event.stageInfo().stageId(), event.stageInfo().numTasks());
        done.put(event.stageInfo().stageId(), new AtomicInteger());
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd event) {
        AtomicInteger count = done.get(event.stageId());
        if (count == null) {
            return;
        }
        int finished = count.incrementAndGet();
        int total = totals.getOrDefault(event.stageId(), 0);
        long now = System.nanoTime();
        if (finished == total || now - lastPrint > MIN_INTERVAL_NANOS) {
            lastPrint = now;
            print("[%s] stage %d: %d/%d partitions", step, event.stageId(), finished, total);
        }
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted event) {
        totals.remove(event.stageInfo().stageId());
        done.remove(event.stageInfo().stageId());
    }

    private void print(String format, Object... args) {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        out.printf("%7.1fs  %s%n", elapsed, String.format(format, args));
        out.flush();
    }
}
