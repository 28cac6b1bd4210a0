package org.geostance.spark;

import java.io.IOException;
import org.apache.spark.sql.SparkSession;

/** Local-mode sessions for the launcher, the CLI tools and tests: everything binds to 127.0.0.1. */
public final class LocalSpark {
    private LocalSpark() {}

    public static SparkSession session(String appName, int threads, boolean ui) {
        SparkSession.Builder builder = SparkSession.builder()
                .appName(appName)
                .master("local[" + (threads <= 0 ? "*" : String.valueOf(threads)) + "]")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", String.valueOf(ui))
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.session.timeZone", "UTC");
        if (ui) {
            builder.config("spark.ui.host", "127.0.0.1");
        }
        return builder.getOrCreate();
    }

    /** Work that needs a SparkSession. */
    @FunctionalInterface
    public interface Work<T> {
        T run(SparkSession spark) throws IOException;
    }

    /**
     * Runs the work in the session of this JVM: an existing one (tests, notebooks, spark-submit) is used and left
     * running; otherwise a local one is started for the work and stopped after it.
     */
    public static <T> T withSession(String appName, int threads, boolean ui, Work<T> work) throws IOException {
        boolean existing = SparkSession.getDefaultSession().isDefined();
        SparkSession spark = existing || System.getProperty("spark.master") != null
                ? SparkSession.builder().appName(appName).getOrCreate()
                : session(appName, threads, ui);
        try {
            return work.run(spark);
        } finally {
            if (!existing) {
                spark.stop();
            }
        }
    }
}
