package org.geostance.testing;

import org.apache.spark.sql.SparkSession;
import org.geostance.spark.LocalSpark;
import org.geostance.text.TextAnalyzer;

/** The one local SparkSession of the test JVM, and the text analyzer built on it, shared by every test. */
public final class SharedSpark {
    private static SparkSession session;
    private static TextAnalyzer analyzer;

    private SharedSpark() {}

    public static synchronized SparkSession session() {
        if (session == null) {
            session = LocalSpark.session("geostance-tests", 2, false);
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }

    public static synchronized TextAnalyzer analyzer() {
        if (analyzer == null) {
            session();
            analyzer = TextAnalyzer.create();
        }
        return analyzer;
    }
}
