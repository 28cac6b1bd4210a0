package org.geostance.spark;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;

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
    private final Map<Integer, Double> stageSeconds = new ConcurrentHashMap<>();
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
        StageInfo info = event.stageInfo();
        totals.remove(info.stageId());
        done.remove(info.stageId());
        if (info.submissionTime().isDefined() && info.completionTime().isDefined()) {
            stageSeconds.put(info.stageId(),
                    ((Long) info.completionTime().get() - (Long) info.submissionTime().get()) / 1e3);
        }
    }

    /** The highest stage id seen so far; stages started later have higher ids. */
    public int lastStageId() {
        return stageSeconds.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
    }

    /**
     * Seconds each stage completed after {@code afterStageId} ran, in stage id order (a job's parent stages
     * first). Spark delivers listener events asynchronously, so the caller waits for them at most a second.
     */
    public List<Double> stageSecondsAfter(int afterStageId, int expectedStages) throws InterruptedException {
        long deadline = System.nanoTime() + 1_000_000_000L;
        List<Double> seconds;
        do {
            seconds = new TreeMap<>(stageSeconds).tailMap(afterStageId, false).values().stream().toList();
            if (seconds.size() >= expectedStages) {
                break;
            }
            Thread.sleep(10);
        } while (System.nanoTime() < deadline);
        return seconds;
    }

    private void print(String format, Object... args) {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        out.printf("%7.1fs  %s%n", elapsed, String.format(format, args));
        out.flush();
    }
}
