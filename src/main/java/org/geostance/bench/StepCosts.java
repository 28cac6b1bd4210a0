package org.geostance.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import scala.collection.JavaConverters;

/**
 * Spark jobs, stages, tasks and task CPU seconds per step of the job, the step being the job description that
 * {@code ScoringJob} sets. On a machine shared with other work the tasks' CPU time says what a step costs where
 * its wall time says mostly how busy the neighbours were; the counts say where fixed costs come from.
 */
final class StepCosts extends SparkListener {
    private static final String DESCRIPTION = "spark.job.description";
    private static final long DRAIN_MILLIS = 10_000;

    private final Map<Integer, String> stageSteps = new ConcurrentHashMap<>();
    private final Map<String, long[]> costs = new LinkedHashMap<>();

    @Override
    public void onJobStart(SparkListenerJobStart event) {
        String step = event.properties() == null ? null : event.properties().getProperty(DESCRIPTION);
        String name = step == null ? "other" : step;
        for (Object stage : JavaConverters.seqAsJavaList(event.stageIds())) {
            stageSteps.put((Integer) stage, name);
        }
        synchronized (costs) {
            costs.computeIfAbsent(name, k -> new long[4])[0]++;
            costs.get(name)[1] += event.stageInfos().size();
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd event) {
        TaskMetrics metrics = event.taskMetrics();
        String step = stageSteps.getOrDefault(event.stageId(), "other");
        synchronized (costs) {
            long[] cost = costs.computeIfAbsent(step, k -> new long[4]);
            cost[2]++;
            cost[3] += metrics == null ? 0 : metrics.executorCpuTime();
        }
    }

    /**
     * Per step: jobs, stages (including those skipped because their shuffle output already existed), tasks run
     * and their CPU seconds, once the events of the actions that have returned have all been delivered.
     */
    Map<String, Map<String, Object>> byStep(SparkContext context) {
        try {
            context.listenerBus().waitUntilEmpty(DRAIN_MILLIS);
        } catch (TimeoutException e) {
            // The figures of the last tasks may be missing; the counts still show where the jobs go.
        }
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        synchronized (costs) {
            costs.forEach((step, cost) -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("jobs", cost[0]);
                row.put("stages", cost[1]);
                row.put("tasks", cost[2]);
                row.put("task_cpu_seconds", Math.round(cost[3] / 1e7) / 100.0);
                result.put(step, row);
            });
        }
        return result;
    }
}
