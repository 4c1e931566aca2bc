/**
 * Chinese full-text search, generic: modules contribute searchable texts through {@link cn.fazhi.search.SearchSource}
 * beans and report saved changes with {@link cn.fazhi.search.SearchChanges#changed}; this module knows nothing of what
 * the texts are.
 * <p>
 * Each node keeps its own Lucene index under the data directory: titles analysed twice, smartcn words (for ranking
 * whole words) and CJK bigrams, bodies as CJK bigrams (so "申请" finds "被申请人" and "复议" finds "行政复议").
 * Nodes follow the {@code search_change} log in the database (each with its own high-water mark kept in the index's
 * commit data) and rebuild when a {@code search_rebuild} request newer than their last rebuild appears, so nothing
 * depends on an in-memory notification and every node converges within seconds. The log is pruned of rows every node
 * has applied once older than {@code fazhi.search.change-retention}; a node behind the pruned range rebuilds.
 * <p>
 * API: {@link cn.fazhi.search.Search}, {@link cn.fazhi.search.SearchChanges}, the SPI
 * {@link cn.fazhi.search.SearchSource} and its records. Depends on: platform, audit.
 */
package cn.fazhi.search;
