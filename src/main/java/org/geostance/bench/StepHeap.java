package org.geostance.bench;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;

/**
 * The heap this JVM still holds after a full collection, at fixed points of the job: when the first Spark job of
 * each step starts (the step being the job description {@code ScoringJob} sets) and when the run has returned.
 * The peaks of {@link HeapSampler} depend on when the collector happened to run, which differs from one corpus size
 * to the next; these points are the same at every size, so their ratio says whether what the driver keeps grows
 * with the corpus. Each point costs one full collection (some tenths of a second).
 */
final class StepHeap extends SparkListener {
    private static final String DESCRIPTION = "spark.job.description";

    private final Map<String, Long> bytes = new LinkedHashMap<>();
    private String lastStep;

    @Override
    public void onJobStart(SparkListenerJobStart event) {
        String step = event.properties() == null ? null : event.properties().getProperty(DESCRIPTION);
        if (step != null && !step.equals(lastStep)) {
            lastStep = step;
            record(step);
        }
    }

    /** A full collection, then the heap in use, under the given name. */
    synchronized void record(String point) {
        System.gc();
        bytes.put(point, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** Megabytes in use after the full collection at each point, in the order they were taken. */
    synchronized Map<String, Double> megabytes() {
        Map<String, Double> result = new LinkedHashMap<>();
        bytes.forEach((point, used) -> result.put(point, Math.round(used / 1e4) / 100.0));
        return result;
    }

    /** The largest of them. */
    synchronized long maxBytes() {
        return bytes.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
