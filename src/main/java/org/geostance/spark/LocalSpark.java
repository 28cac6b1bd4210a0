package org.geostance.spark;

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
                .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, threads * 2)))
                .config("spark.sql.session.timeZone", "UTC");
        if (ui) {
            builder.config("spark.ui.host", "127.0.0.1");
        }
        return builder.getOrCreate();
    }
}
