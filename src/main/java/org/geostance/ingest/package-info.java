/**
 * Ingest stage: turns input files (plain-text articles and JSON Lines) into {@link org.geostance.ingest.Article}s
 * with numbered paragraphs, and everything it cannot use into {@link org.geostance.ingest.Rejection}s.
 * Pure Java, no Spark: the Spark side reads bytes and calls {@link org.geostance.ingest.ArticleParser}.
 */
package org.geostance.ingest;
