package org.geostance.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.Spliterators;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.geostance.aggregate.ComparisonOptions;
import org.geostance.aggregate.StanceAggregates;
import org.geostance.aggregate.StanceRows;
import org.geostance.duplicates.NearDuplicates;
import org.geostance.ingest.Article;
import org.geostance.ingest.ArticleMetadata;
import org.geostance.ingest.ArticleParser;
import org.geostance.ingest.InputResolver;
import org.geostance.ingest.MetadataCsv;
import org.geostance.ingest.ParseResult;
import org.geostance.ingest.Rejection;
import org.geostance.output.OutputDirectory;
import org.geostance.output.RunReport;
import org.geostance.output.TableWriter;
import org.geostance.output.Tables;
import org.geostance.stance.ParagraphScorer;
import org.geostance.stance.StanceEngine;
import org.geostance.targets.TargetDictionary;
import org.geostance.text.AnalyzedText;
import scala.Tuple2;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * The scoring run on Spark: read and parse the inputs in tasks, drop duplicate article ids, score every
 * paragraph with one {@link ParagraphScorer} per executor, aggregate, and write all tables into a staging folder
 * that replaces the output only once everything is written and the counts reconcile.
 */
public final class ScoringJob {
    public static final String VERSION = "0.1.0";

    /**
     * Aim for partitions of about this much input text (some 5,000–10,000 paragraphs, seconds of work), so that
     * progress shows, every core stays busy and a task's memory does not depend on the corpus.
     */
    private static final long BYTES_PER_PARTITION = 4L << 20;
    private static final int MAX_PARTITIONS = 100_000;

    private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
    private static final String BROADCAST_THRESHOLD = "spark.sql.autoBroadcastJoinThreshold";

    /** The tables in the order the run report lists them. */
    private static final List<String> TABLE_ORDER = List.of(Tables.PARAGRAPHS, Tables.PARAGRAPH_STANCE,
            Tables.ARTICLE_STANCE, Tables.PERIOD_STANCE, Tables.ARTICLE_COMPARISON, Tables.ARTICLES,
            Tables.SOURCE_STANCE, Tables.SOURCE_COMPARISON, Tables.SHIFTS, Tables.HOLDER_STANCE, Tables.REJECTED,
            Tables.INPUTS);

    /** The scoring pass's own table, inside the staging folder, deleted before the output is swapped in. */
    private static final String SCORED = "scoring-pass.tmp";

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
        SortedMap<String, Long> sizes = InputResolver.resolveWithSizes(config.inputs(), hadoopConf);
        Map<String, ArticleMetadata> metadata = config.metadata() == null ? Map.of() : MetadataCsv.read(config.metadata());
        TargetDictionary targets = TargetDictionary.load(config.targets());
        StanceEngine engine = StanceEngine.load(config.lexicons());
        OutputDirectory output = new OutputDirectory(config.output(), runId, hadoopConf);
        output.recoverFromKilledRuns();
        try {
            return scoreAndWrite(config, jsc, hadoopConf, sizes, metadata, targets, engine, output, runId, started);
        } catch (IOException | RuntimeException e) {
            output.abort();
            throw e;
        } finally {
            spark.sqlContext().clearCache();
        }
    }

    private RunReport scoreAndWrite(JobConfig config, JavaSparkContext jsc, Configuration hadoopConf,
                                    SortedMap<String, Long> sizes, Map<String, ArticleMetadata> metadata,
                                    TargetDictionary targets, StanceEngine engine, OutputDirectory output,
                                    String runId, Instant started) throws IOException {
        List<String> files = new ArrayList<>(sizes.keySet());
        // "score" covers reading too: both run in one Spark job, and the read stage's own time is split off below.
        step("score");
        // Targets and lexicons were read here, on the driver; executors get them inside the broadcast scorer and
        // never open a local path.
        Broadcast<ParagraphScorer> shippedScorer = jsc.broadcast(ParagraphScorer.create(targets, engine));
        int partitions = config.partitions() > 0 ? config.partitions()
                : partitionsFor(sizes.values().stream().mapToLong(Long::longValue).sum());
        // The later shuffles (aggregates, near-duplicates) get as many partitions as the scoring stage, so that a
        // task's sort and aggregation memory follows the partition size, not the corpus; adaptive execution merges
        // the ones that come out small.
        setUnlessSubmitted(spark, SHUFFLE_PARTITIONS,
                Long.toString(Math.max(2L * spark.sparkContext().defaultParallelism(), partitions)));
        // A broadcast join builds its small side on the driver; with Spark's 10 MB default the per-article tables of
        // a large corpus qualify and the driver held 477 MB at 1M paragraphs (README "Benchmark"). 1 MB keeps
        // broadcasts to tables that stay small whatever the corpus.
        setUnlessSubmitted(spark, BROADCAST_THRESHOLD, "1m");
        // One action scores everything into a Parquet table beside the outputs, which every later step reads with
        // only the columns and kinds of row it needs (a cache would hand back whole rows, texts and all, to each).
        // The read stage (parse + shuffle by article id) is the action's first.
        Path scoredPath = new Path(output.staging(), SCORED);
        int lastStage = progress.lastStageId();
        // Rows in Spark's internal form (ScoredRows) skip the Row encoder; Scala's private[sql] is public to Java.
        spark.internalCreateDataFrame(
                score(read(jsc, files, new ArticleParser(metadata), hadoopConf, partitions), shippedScorer).rdd(),
                ScoredRows.SCHEMA, false).write().options(ScoredRows.WRITE_OPTIONS).parquet(scoredPath.toString());
        Dataset<Row> scored = spark.read().schema(ScoredRows.SCHEMA).parquet(scoredPath.toString());
        Row totals = scored.agg(
                sum(when(col(ScoredRows.KIND).equalTo(ScoredRows.FILE), col(ScoredRows.ITEMS_READ)).otherwise(0L)),
                sum(when(col(ScoredRows.KIND).equalTo(ScoredRows.PARAGRAPH).and(col("paragraph").equalTo(1)), 1L)
                        .otherwise(0L)),
                sum(when(col(ScoredRows.KIND).equalTo(ScoredRows.REJECTED), 1L).otherwise(0L)),
                sum(when(col(ScoredRows.KIND).equalTo(ScoredRows.PARAGRAPH), col(ScoredRows.ARTICLE_PARAGRAPHS))
                        .otherwise(0))).first();
        long articlesRead = totals.isNullAt(0) ? 0 : totals.getLong(0);
        long articlesScored = totals.isNullAt(1) ? 0 : totals.getLong(1);
        long articlesRejected = totals.isNullAt(2) ? 0 : totals.getLong(2);
        long articleParagraphs = totals.isNullAt(3) ? 0 : totals.getLong(3);
        double readSeconds = firstStageSeconds(lastStage);
        stageSeconds.put("read", readSeconds);
        ComparisonOptions comparison = config.comparison();

        // Every table is written once. The tables built on another read it back from its Parquet files, so nothing
        // is cached or computed twice; the paragraph tables come first, and the aggregates scan their flat columns
        // instead of the scoring pass's nested rows. The counts come from the written files' footers.
        TableWriter writer = new TableWriter(output.staging(), config.csv(), hadoopConf);
        step("write");
        stageSeconds.computeIfPresent("score", (name, seconds) -> Math.round((seconds - readSeconds) * 1e3) / 1e3);
        Dataset<Row> paragraphs = writer.write(Tables.PARAGRAPHS,
                StanceAggregates.withPeriod(ScoredRows.paragraphs(scored), comparison.period()));
        Dataset<Row> paragraphStance = writer.write(Tables.PARAGRAPH_STANCE,
                StanceAggregates.withPeriod(ScoredRows.paragraphStance(scored), comparison.period()));
        // Rejections and inputs are few: one partition, sorted inside it, without the sampling job of a global sort.
        writer.write(Tables.REJECTED, ScoredRows.rejections(scored).repartition(1).sortWithinPartitions("input"));
        writer.write(Tables.INPUTS, ScoredRows.inputs(scored).repartition(1).sortWithinPartitions("input"));

        // Copies of one story (syndication) are found on the articles' words, before any aggregate counts them.
        step("duplicates");
        Dataset<Row> articleTable = writer.write(Tables.ARTICLES, StanceAggregates.articles(
                StanceAggregates.withPeriod(ScoredRows.articles(scored), comparison.period()), paragraphs,
                NearDuplicates.clusters(spark, ScoredRows.articleShingles(scored), comparison.duplicateThreshold())));

        step("aggregate");
        int minSupport = comparison.minSupport();
        Dataset<Row> articleStance = writer.write(Tables.ARTICLE_STANCE,
                StanceAggregates.articleStance(articleTable, paragraphStance, minSupport));
        StanceRows stanceRows = StanceRows.of(paragraphStance, articleStance, articleTable, comparison.keepDuplicates());
        Dataset<Row> periodStance = writer.write(Tables.PERIOD_STANCE,
                StanceAggregates.periodStance(stanceRows, minSupport));
        Dataset<Row> sourceStance = writer.write(Tables.SOURCE_STANCE,
                StanceAggregates.sourceStance(stanceRows, minSupport));
        writer.write(Tables.ARTICLE_COMPARISON,
                StanceAggregates.articleComparison(articleTable, articleStance, targets.codes()));
        writer.write(Tables.SOURCE_COMPARISON, StanceAggregates.sourceComparison(articleTable, sourceStance,
                targets.codes(), comparison.keepDuplicates()));
        writer.write(Tables.SHIFTS, StanceAggregates.shifts(periodStance));
        writer.write(Tables.HOLDER_STANCE, StanceAggregates.holderStance(stanceRows, minSupport));
        Map<String, String> written = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : TABLE_ORDER) {
            written.put(table, new Path(config.output(), table).toString());
            rows.put(table, writer.rowsWritten(table));
        }
        RunReport.Counts counts = new RunReport.Counts(files.size(), articlesRead, articlesScored,
                articlesRejected, articleParagraphs, rows);
        counts.check();
        scoredPath.getFileSystem(hadoopConf).delete(scoredPath, true);
        stageSeconds.put(currentStep, progressSeconds());
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
    }

    private void step(String name) {
        if (currentStep != null) {
            stageSeconds.put(currentStep, progressSeconds());
        }
        currentStep = name;
        stepNanos = System.nanoTime();
        // Names the step's Spark jobs in the UI and event log, where their count and cost per step are read.
        spark.sparkContext().setJobDescription(name);
        progress.step(name);
    }

    private double progressSeconds() {
        return Math.round((System.nanoTime() - stepNanos) / 1e6) / 1e3;
    }

    /** Partitions of about {@link #BYTES_PER_PARTITION} input bytes, and at least one per core. */
    private int partitionsFor(long inputBytes) {
        long bySize = (inputBytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
        return (int) Math.max(spark.sparkContext().defaultParallelism(), Math.min(MAX_PARTITIONS, bySize));
    }

    /** The job's own default for a SQL setting; a value given when the application was submitted is kept. */
    private static void setUnlessSubmitted(SparkSession spark, String key, String value) {
        if (!spark.sparkContext().getConf().contains(key)) {
            spark.conf().set(key, value);
        }
    }

    /**
     * Parses the files in tasks and brings every copy of an article id into one partition. Each item keeps the
     * position it was read at (file index, then position in the file), which decides which copy is the first.
     */
    private static JavaPairRDD<ItemKey, Iterable<Item>> read(JavaSparkContext jsc, List<String> files,
                                                             ArticleParser parser, Configuration hadoopConf,
                                                             int partitions) {
        SerializableHadoopConf shippedConf = new SerializableHadoopConf(hadoopConf);
        List<Integer> indexes = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            indexes.add(i);
        }
        // Each file's own task; the driver ships only the indexes and paths, never file contents.
        int readPartitions = Math.max(1, Math.min(files.size(),
                Math.max(jsc.defaultParallelism() * 4, partitions)));
        return jsc.parallelize(indexes, readPartitions)
                .flatMapToPair(index -> parseFile(parser, index, files.get(index), shippedConf.get()).iterator())
                .groupByKey(partitions);
    }

    private static List<Tuple2<ItemKey, Item>> parseFile(ArticleParser parser, int fileIndex, String path,
                                                        Configuration conf) {
        ParseResult result;
        Path file = new Path(path);
        try (InputStream in = file.getFileSystem(conf).open(file)) {
            result = parser.parse(path, in.readAllBytes());
        } catch (IOException | RuntimeException e) {
            result = ParseResult.rejected(new Rejection(path, Rejection.UNREADABLE,
                    "could not read " + path + ": " + e.getMessage()));
        }
        List<Tuple2<ItemKey, Item>> items = new ArrayList<>();
        int position = 0;
        for (Article article : result.articles()) {
            items.add(new Tuple2<>(new ItemKey(true, article.id()), new Item(fileIndex, position++, article, null, null)));
        }
        for (Rejection rejection : result.rejections()) {
            items.add(new Tuple2<>(new ItemKey(false, path + "#" + position),
                    new Item(fileIndex, position++, null, rejection, null)));
        }
        items.add(new Tuple2<>(new ItemKey(false, path), new Item(fileIndex, position, null, null, Tables.inputRow(result))));
        return items;
    }

    /** Keeps the first copy of each article id and scores it; later copies become duplicate-id rejections. */
    private static JavaRDD<InternalRow> score(JavaPairRDD<ItemKey, Iterable<Item>> grouped,
                                      Broadcast<ParagraphScorer> shippedScorer) {
        return grouped.mapPartitions(groups -> {
            ParagraphScorer scorer = shippedScorer.value();
            // Lazy, a batch of groups at a time: the batch's new words go through the tokenizer in one call, and a
            // task holds no more than one batch's rows.
            Iterator<Seq<Tuple2<ItemKey, Iterable<Item>>>> batches = JavaConverters.asJavaIterator(
                    JavaConverters.asScalaIterator(groups).grouped(ParagraphScorer.ARTICLES_PER_BATCH));
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches, 0), false).flatMap(batch -> {
                List<List<Item>> items = new ArrayList<>();
                List<String> paragraphs = new ArrayList<>();
                for (Tuple2<ItemKey, Iterable<Item>> group : JavaConverters.seqAsJavaList(batch)) {
                    List<Item> sorted = new ArrayList<>();
                    group._2().forEach(sorted::add);
                    sorted.sort(Comparator.comparingInt(Item::file).thenComparingInt(Item::position));
                    items.add(sorted);
                    if (sorted.get(0).article() != null) {
                        paragraphs.addAll(sorted.get(0).article().paragraphs());
                    }
                }
                List<AnalyzedText> analyzed = scorer.analyze(paragraphs);
                List<List<InternalRow>> rows = new ArrayList<>(items.size());
                int next = 0;
                for (List<Item> group : items) {
                    Article first = group.get(0).article();
                    List<AnalyzedText> own = null;
                    if (first != null && analyzed != null) {
                        own = analyzed.subList(next, next + first.paragraphs().size());
                        next += first.paragraphs().size();
                    }
                    rows.add(rowsOf(scorer, group, own));
                }
                return rows.stream().flatMap(List::stream);
            }).iterator();
        });
    }

    /**
     * The rows of one article id's items, sorted by where they were read: the first copy wins.
     *
     * @param analyzed the first copy's paragraph analyses, or null to analyse them while scoring
     */
    private static List<InternalRow> rowsOf(ParagraphScorer scorer, List<Item> items, List<AnalyzedText> analyzed) {
        List<InternalRow> rows = new ArrayList<>();
        Item first = items.get(0);
        for (Item item : items) {
            if (item.article() != null && item != first) {
                String input = item.article().input();
                rows.add(ScoredRows.rejected(new Rejection(input, Rejection.DUPLICATE_ID,
                        input + ": article id '" + first.article().id() + "' was already read from "
                                + first.article().input() + "; the first one is kept")));
            } else if (item.article() != null) {
                scoreArticle(scorer, item.article(), analyzed, rows);
            } else if (item.rejection() != null) {
                rows.add(ScoredRows.rejected(item.rejection()));
            } else {
                rows.add(ScoredRows.fileRead(item.input()));
            }
        }
        return rows;
    }

    private static void scoreArticle(ParagraphScorer scorer, Article article, List<AnalyzedText> analyzed,
                                     List<InternalRow> rows) {
        ScoredArticle scored = ScoredArticle.of(scorer, article, analyzed);
        if (!scored.scored()) {
            rows.add(ScoredRows.rejected(scored.rejection()));
            return;
        }
        rows.add(ScoredRows.article(article, scored.results()));
        for (int i = 0; i < article.paragraphs().size(); i++) {
            rows.add(ScoredRows.paragraph(article, i + 1, article.paragraphs().get(i), scored.results().get(i)));
        }
    }

    /** Seconds of the first Spark stage after the given one: the read stage of the scoring job. */
    private double firstStageSeconds(int lastStageBefore) {
        try {
            List<Double> stages = progress.stageSecondsAfter(lastStageBefore, 2);
            return stages.isEmpty() ? 0 : stages.get(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Articles group by id; rejections and per-file counts have keys of their own that no id can take. */
    record ItemKey(boolean article, String value) implements java.io.Serializable {}

    /** One thing a file gave: an article, a rejection, or (both null) the file's row of the inputs table. */
    record Item(int file, int position, Article article, Rejection rejection, Row input)
            implements java.io.Serializable {}
}
