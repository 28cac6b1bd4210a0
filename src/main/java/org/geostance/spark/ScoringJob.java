package org.geostance.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.geostance.aggregate.StanceAggregates;
import org.geostance.ingest.Article;
import org.geostance.ingest.ArticleMetadata;
import org.geostance.ingest.ArticleParser;
import org.geostance.ingest.InputResolver;
import org.geostance.ingest.MetadataCsv;
import org.geostance.ingest.ParseResult;
import org.geostance.ingest.Rejection;
import org.geostance.output.OutputDirectory;
import org.geostance.output.RunReport;
import org.geostance.output.ScoredArticle;
import org.geostance.output.TableWriter;
import org.geostance.output.Tables;
import org.geostance.stance.ParagraphScorer;
import org.geostance.stance.StanceEngine;
import org.geostance.targets.TargetDictionary;
import scala.Tuple2;

/**
 * The scoring run on Spark: read and parse the inputs in tasks, drop duplicate article ids, score every
 * paragraph with one {@link ParagraphScorer} per executor, aggregate, and write all tables into a staging folder
 * that replaces the output only once everything is written and the counts reconcile.
 */
public final class ScoringJob {
    public static final String VERSION = "0.1.0";

    /** Aim for partitions of about this many articles, so progress shows and both cores stay busy. */
    private static final int ARTICLES_PER_PARTITION = 200;

    private final SparkSession spark;
    private final ConsoleProgress progress;
    private final Map<String, Double> stageSeconds = new LinkedHashMap<>();
    private final long startNanos = System.nanoTime();
    private long stepNanos = startNanos;
    private String currentStep;

    public ScoringJob(SparkSession spark, ConsoleProgress progress) {
        this.spark = spark;
        this.progress = progress;
    }

    public RunReport run(JobConfig config) throws IOException {
        Instant started = Instant.now();
        String runId = started.toString().replaceAll("[^0-9]", "").substring(0, 14) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();

        step("resolve");
        List<String> files = InputResolver.resolve(config.inputs(), hadoopConf);
        Map<String, ArticleMetadata> metadata = config.metadata() == null ? Map.of() : MetadataCsv.read(config.metadata());
        TargetDictionary targets = TargetDictionary.load(config.targets());
        StanceEngine engine = StanceEngine.load(config.lexicons());
        OutputDirectory output = new OutputDirectory(config.output(), runId, hadoopConf);
        output.recoverFromKilledRuns();

        step("read");
        ArticleParser parser = new ArticleParser(metadata);
        SerializableHadoopConf shippedConf = new SerializableHadoopConf(hadoopConf);
        int readPartitions = Math.max(1, Math.min(files.size(), spark.sparkContext().defaultParallelism() * 4));
        JavaRDD<ParseResult> parsed = jsc.parallelize(files, readPartitions)
                .map(path -> parseFile(parser, path, shippedConf.get()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Article> allArticles = parsed.flatMap(result -> result.articles().iterator());
        JavaRDD<Deduplicated> deduplicated = deduplicate(allArticles).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Article> articles = deduplicated.filter(d -> d.article() != null).map(Deduplicated::article);
        JavaRDD<Rejection> rejections = parsed.flatMap(result -> result.rejections().iterator())
                .union(deduplicated.filter(d -> d.rejection() != null).map(Deduplicated::rejection));
        long articlesParsed = allArticles.count();
        long articlesRead = articlesParsed + parsed.map(result -> (long) result.rejections().size()).fold(0L, Long::sum);

        step("score");
        Broadcast<ParagraphScorer> shippedScorer = jsc.broadcast(ParagraphScorer.create(targets, engine));
        int partitions = config.partitions() > 0 ? config.partitions()
                : (int) Math.max(spark.sparkContext().defaultParallelism(), articlesParsed / ARTICLES_PER_PARTITION);
        JavaRDD<ScoredArticle> scored = articles.repartition(partitions)
                .mapPartitions(batch -> scoreArticles(shippedScorer.value(), batch))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> paragraphs = spark.createDataFrame(scored.flatMap(a -> a.paragraphRows().iterator()),
                Tables.PARAGRAPHS_SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> paragraphStance = spark.createDataFrame(scored.flatMap(a -> a.stanceRows().iterator()),
                Tables.PARAGRAPH_STANCE_SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> rejected = spark.createDataFrame(rejections
                        .union(scored.filter(a -> !a.scored()).map(ScoredArticle::rejection))
                        .map(Tables::rejectedRow), Tables.REJECTED_SCHEMA)
                .persist(StorageLevel.MEMORY_AND_DISK());
        long articlesScored = scored.filter(ScoredArticle::scored).count();
        long articlesRejected = rejected.count();
        // Counted on the articles, not the rows: the reconciliation compares it with the paragraphs table.
        long paragraphCount = scored.filter(ScoredArticle::scored).map(a -> (long) a.paragraphs()).fold(0L, Long::sum);

        step("aggregate");
        Dataset<Row> articleStance = StanceAggregates.articleStance(paragraphs, paragraphStance)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
        tables.put(Tables.PARAGRAPHS, paragraphs);
        tables.put(Tables.PARAGRAPH_STANCE, paragraphStance);
        tables.put(Tables.ARTICLE_STANCE, articleStance);
        tables.put(Tables.PERIOD_STANCE, StanceAggregates.periodStance(paragraphStance));
        tables.put(Tables.ARTICLE_COMPARISON,
                StanceAggregates.articleComparison(paragraphs, articleStance, targets.codes()));
        tables.put(Tables.REJECTED, rejected.orderBy("input"));
        tables.put(Tables.INPUTS, spark.createDataFrame(parsed.map(Tables::inputRow), Tables.INPUTS_SCHEMA)
                .orderBy("input"));

        step("write");
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        TableWriter writer = new TableWriter(output.staging(), config.csv(), hadoopConf);
        try {
            for (Map.Entry<String, Dataset<Row>> table : tables.entrySet()) {
                // Counted and written (Parquet, then CSV) from one cached copy instead of computing it three times.
                Dataset<Row> rowsOfTable = table.getValue().persist(StorageLevel.MEMORY_AND_DISK());
                written.put(table.getKey(), new Path(config.output(), table.getKey()).toString());
                rows.put(table.getKey(), rowsOfTable.count());
                writer.write(table.getKey(), rowsOfTable);
                rowsOfTable.unpersist();
            }
            RunReport.Counts counts = new RunReport.Counts(files.size(), articlesRead, articlesScored,
                    articlesRejected, paragraphCount, rows);
            counts.check();
            stageSeconds.put("write", progressSeconds());
            RunReport report = new RunReport(VERSION, runId, started.toString(), Instant.now().toString(),
                    (System.nanoTime() - startNanos) / 1e9, spark.sparkContext().master(), config.inputs(), counts,
                    stageSeconds, Map.of("targets", targets.digest(), "lexicons", engine.digest()),
                    config.output(), written);
            FileSystem fs = output.staging().getFileSystem(hadoopConf);
            try (OutputStream out = fs.create(new Path(output.staging(), "run.json"), false)) {
                report.writeTo(out);
            }
            output.commit(runId);
            return report;
        } catch (IOException | RuntimeException e) {
            output.abort();
            throw e;
        } finally {
            spark.sqlContext().clearCache();
        }
    }

    private void step(String name) {
        if (currentStep != null) {
            stageSeconds.put(currentStep, progressSeconds());
        }
        currentStep = name;
        stepNanos = System.nanoTime();
        progress.step(name);
    }

    private double progressSeconds() {
        return Math.round((System.nanoTime() - stepNanos) / 1e6) / 1e3;
    }

    private static ParseResult parseFile(ArticleParser parser, String path, Configuration conf) {
        Path file = new Path(path);
        try {
            FileSystem fs = file.getFileSystem(conf);
            try (InputStream in = fs.open(file)) {
                return parser.parse(path, in.readAllBytes());
            }
        } catch (IOException | RuntimeException e) {
            return ParseResult.rejected(new Rejection(path, Rejection.UNREADABLE,
                    "could not read " + path + ": " + e.getMessage()));
        }
    }

    /** Keeps the first article of each id, in input order; the later ones become rejections. */
    private static JavaRDD<Deduplicated> deduplicate(JavaRDD<Article> articles) {
        return articles.zipWithIndex()
                .mapToPair(indexed -> new Tuple2<>(indexed._1().id(), indexed))
                .groupByKey()
                .flatMap(group -> {
                    List<Tuple2<Article, Long>> copies = new ArrayList<>();
                    group._2().forEach(copies::add);
                    copies.sort((a, b) -> Long.compare(a._2(), b._2()));
                    Article first = copies.get(0)._1();
                    List<Deduplicated> out = new ArrayList<>(copies.size());
                    out.add(new Deduplicated(first, null));
                    for (Tuple2<Article, Long> copy : copies.subList(1, copies.size())) {
                        out.add(new Deduplicated(null, new Rejection(copy._1().input(), Rejection.DUPLICATE_ID,
                                copy._1().input() + ": article id '" + first.id() + "' was already read from "
                                        + first.input() + "; the first one is kept")));
                    }
                    return out.iterator();
                });
    }

    private static Iterator<ScoredArticle> scoreArticles(ParagraphScorer scorer, Iterator<Article> articles) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return articles.hasNext();
            }

            @Override
            public ScoredArticle next() {
                return ScoredArticle.of(scorer, articles.next());
            }
        };
    }

    /** An article after the duplicate check: either kept or rejected. */
    record Deduplicated(Article article, Rejection rejection) implements java.io.Serializable {}
}
