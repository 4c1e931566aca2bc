package cn.fazhi.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.QueryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.search.SearchHit;
import cn.fazhi.search.SearchQuery;
import cn.fazhi.search.SearchResult;
import cn.fazhi.search.SearchStatus;
import cn.fazhi.search.SearchText;

/**
 * This node's Lucene index. Titles are indexed twice, {@code title} with smartcn (words) and {@code title_bi} with CJK
 * bigrams; bodies once, {@code body_bi} with CJK bigrams ({@code body} is only stored, for snippets). A query term must
 * match as a bigram phrase (recall: "申请" is in "被申请人"); title matches, and whole-word (smartcn) title matches
 * more, raise the score. Segmenting bodies with smartcn was the bulk of a rebuild's cost and, as a scoring clause,
 * a large share of a search's, for no measured gain in quality (docs/SEARCH.md). The change-log mark and the last
 * rebuild id are kept in the index's commit data, so a restarted node resumes where its index stopped.
 */
@Component
public class SearchIndex {

    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TITLE_BI = "title_bi";
    static final String BODY = "body";
    static final String BODY_BI = "body_bi";
    static final String LINK = "link";
    static final String PUBLIC = "public";
    static final String UNIT = "unit";
    static final String REGION = "region";
    static final String KEYWORD_PREFIX = "k.";
    static final String DATE_PREFIX = "d.";
    static final String HAS_DATE_PREFIX = "has.";
    static final String MARK = "mark";
    static final String REBUILD = "rebuild";
    static final String EPOCH = "epoch";

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final int SNIPPET_CHARS = 80;
    /**
     * Matches counted exactly; beyond, the total is a lower bound ({@link SearchResult#totalExact()} false) and Lucene
     * skips documents that cannot enter the top hits (block-max WAND) instead of scoring every match.
     */
    static final int TOTAL_HITS_THRESHOLD = 100;
    /** Weight of a match of the query's words as one phrase, over the words' own scores: phrase matches rank first. */
    private static final float PHRASE_BOOST = 10f;

    private final Analyzer words = new SmartChineseAnalyzer();
    private final Analyzer bigrams = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    private final Analyzer analyzer;
    private final Path directory;
    private final FSDirectory fsDirectory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicLong appliedChange = new AtomicLong();
    private final AtomicLong appliedRebuild = new AtomicLong();
    private volatile String epoch;
    private volatile ChangeLogView changeLog = ChangeLogView.EMPTY;

    /**
     * Recent results, keyed by the search, the scope and the version of the reader they were computed from. Applying a
     * change or a rebuild refreshes the reader to a new version, so a result is never served after the index moved on
     * (it simply stops being asked for, and ages out). The public portal repeats its common searches many times over.
     */
    private final com.github.benmanes.caffeine.cache.Cache<ResultKey, SearchResult> results;

    private record ResultKey(SearchQuery query, DataScope scope, long readerVersion) {}

    public SearchIndex(SearchProperties properties, cn.fazhi.platform.FazhiProperties platform) throws IOException {
        this.results = properties.resultCacheSize() == 0 ? null
                : com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(properties.resultCacheSize())
                        .expireAfterAccess(java.time.Duration.ofMinutes(10)).build();
        this.analyzer = new PerFieldAnalyzerWrapper(words, Map.of(TITLE_BI, bigrams, BODY_BI, bigrams));
        Path parent = properties.indexDir() != null ? properties.indexDir() : platform.dataDir().resolve("search");
        Files.createDirectories(parent);
        FSDirectory opened = null;
        IndexWriter openedWriter = null;
        Path slot = null;
        for (int n = 1; n <= 16 && openedWriter == null; n++) {
            slot = parent.resolve("node-" + n);
            Files.createDirectories(slot);
            opened = FSDirectory.open(slot);
            try {
                IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
                config.setRAMBufferSizeMB(64);
                openedWriter = new IndexWriter(opened, config);
            } catch (LockObtainFailedException taken) {
                opened.close();
                log.info("Search index slot {} is held by another node, trying the next", slot);
            }
        }
        if (openedWriter == null) {
            throw new IllegalStateException("no free search index slot under " + parent);
        }
        this.directory = slot;
        this.fsDirectory = opened;
        this.writer = openedWriter;
        Map<String, String> data = new HashMap<>();
        openedWriter.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        appliedChange.set(Long.parseLong(data.getOrDefault(MARK, "-1")));
        appliedRebuild.set(Long.parseLong(data.getOrDefault(REBUILD, "0")));
        epoch = data.get(EPOCH);
        this.searchers = new SearcherManager(openedWriter, null);
        log.info("Search index at {}: {} texts, change mark {}", slot, openedWriter.getDocStats().numDocs, appliedChange.get());
    }

    /** The change-log id this index has applied; -1 when it was never built. */
    long appliedChange() {
        return appliedChange.get();
    }

    long appliedRebuild() {
        return appliedRebuild.get();
    }

    /** The database identity the index was built against (null when never built). */
    String epoch() {
        return epoch;
    }

    void epoch(String value) {
        this.epoch = value;
    }

    void changeLog(ChangeLogView view) {
        this.changeLog = view;
    }

    // ---- writing (only the follower thread writes) ------------------------------------------------------------------

    void replace(String type, String id, SearchText text) throws IOException {
        Term key = new Term(KEY, type + ":" + id);
        if (text == null) {
            writer.deleteDocuments(key);
        } else {
            writer.updateDocument(key, document(text));
        }
    }

    void add(SearchText text) throws IOException {
        writer.addDocument(document(text));
    }

    void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Commits the index with its new mark (and rebuild id) and makes the changes visible to searches. */
    void commit(long mark, long rebuild) throws IOException {
        Map<String, String> data = new HashMap<>(Map.of(MARK, Long.toString(mark), REBUILD, Long.toString(rebuild)));
        if (epoch != null) {
            data.put(EPOCH, epoch);
        }
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        appliedChange.set(mark);
        appliedRebuild.set(rebuild);
        searchers.maybeRefresh();
    }

    private Document document(SearchText t) {
        Document doc = new Document();
        doc.add(new StringField(KEY, t.type() + ":" + t.id(), Field.Store.NO));
        doc.add(new StringField(TYPE, t.type(), Field.Store.YES));
        doc.add(new StoredField(ID, t.id()));
        doc.add(new TextField(TITLE, t.title(), Field.Store.YES));
        doc.add(new TextField(TITLE_BI, t.title(), Field.Store.NO));
        doc.add(new StoredField(BODY, t.body()));
        doc.add(new TextField(BODY_BI, t.body(), Field.Store.NO));
        if (t.link() != null) {
            doc.add(new StoredField(LINK, t.link()));
        }
        doc.add(new StringField(PUBLIC, t.publicText() ? "1" : "0", Field.Store.NO));
        doc.add(new StringField(UNIT, Long.toString(t.unitId()), Field.Store.NO));
        doc.add(new StringField(REGION, t.regionCode(), Field.Store.NO));
        t.keywords().forEach((name, values) -> values.forEach(v -> {
            if (v != null) {
                doc.add(new StringField(KEYWORD_PREFIX + name, v, Field.Store.YES));
            }
        }));
        t.dates().forEach((name, date) -> {
            if (date != null) {
                doc.add(new LongPoint(DATE_PREFIX + name, date.toEpochDay()));
                doc.add(new StringField(HAS_DATE_PREFIX + name, "1", Field.Store.NO));
            }
        });
        return doc;
    }

    // ---- searching --------------------------------------------------------------------------------------------------

    /** Searches; {@code scope} null means public texts only. */
    public SearchResult search(SearchQuery query, DataScope scope) {
        long started = System.nanoTime();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Query textQuery = textQuery(query.text());
        boolean hasText = textQuery != null;
        all.add(hasText ? textQuery : new MatchAllDocsQuery(), Occur.MUST);
        if (query.publicOnly() || scope == null) {
            all.add(new TermQuery(new Term(PUBLIC, "1")), Occur.FILTER);
        } else {
            Query scoped = switch (scope.level()) {
                case UNIT -> new TermQuery(new Term(UNIT, Long.toString(scope.unitId())));
                case TOWNSHIP, DISTRICT -> new PrefixQuery(new Term(REGION, scope.regionCode()));
            };
            all.add(new BooleanQuery.Builder().add(scoped, Occur.SHOULD)
                    .add(new TermQuery(new Term(PUBLIC, "1")), Occur.SHOULD).build(), Occur.FILTER);
        }
        if (!query.types().isEmpty()) {
            BooleanQuery.Builder types = new BooleanQuery.Builder();
            query.types().forEach(t -> types.add(new TermQuery(new Term(TYPE, t)), Occur.SHOULD));
            all.add(types.build(), Occur.FILTER);
        }
        query.keywords().forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                all.add(new TermQuery(new Term(KEYWORD_PREFIX + name, value)), Occur.FILTER);
            }
        });
        for (SearchQuery.DateCondition c : query.dates()) {
            all.add(dateQuery(c), Occur.FILTER);
        }
        Query finalQuery = all.build();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                ResultKey key = new ResultKey(query, query.publicOnly() ? null : scope,
                        ((org.apache.lucene.index.DirectoryReader) searcher.getIndexReader()).getVersion());
                SearchResult kept = results == null ? null : results.getIfPresent(key);
                if (kept != null) {
                    return new SearchResult(kept.hits(), kept.total(), kept.totalExact(), kept.page(), kept.size(),
                            (System.nanoTime() - started) / 1_000_000);
                }
                int wanted = (query.page() + 1) * query.size();
                TopDocs top = hasText
                        ? searcher.search(finalQuery, new TopScoreDocCollectorManager(wanted, null,
                                Math.max(wanted, TOTAL_HITS_THRESHOLD), false))
                        : searcher.search(finalQuery, wanted, new Sort(SortField.FIELD_DOC), false);
                // counted exactly up to the threshold, a lower bound beyond: no second pass
                long total = top.totalHits.value;
                boolean exact = top.totalHits.relation == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO;
                List<SearchHit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                Snippets snippets = hasText ? Snippets.of(query.text()) : null;
                var stored = searcher.storedFields();
                for (int i = query.page() * query.size(); i < docs.length; i++) {
                    hits.add(hit(stored.document(docs[i].doc), docs[i].score, snippets));
                }
                SearchResult result = new SearchResult(List.copyOf(hits), total, exact, query.page(), query.size(),
                        (System.nanoTime() - started) / 1_000_000);
                if (results != null) {
                    results.put(key, result);
                }
                return result;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each word of the query ({@link QueryWords}: split on white space, punctuation and function words) must occur: as
     * a bigram phrase in the title or body (a one-character word as a smartcn word in the title, or anywhere in the
     * body: a bigram beginning or ending with it); title matches weigh more than body matches, and a whole-word
     * (smartcn) title match adds to the score. Texts holding the words as one phrase, as typed or joined without the
     * function words, rank first.
     */
    Query textQuery(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        QueryBuilder bigramBuilder = new QueryBuilder(bigrams);
        QueryBuilder wordBuilder = new QueryBuilder(words);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int terms = 0;
        List<String> queryWords = QueryWords.of(text);
        for (String term : queryWords) {
            boolean single = term.codePointCount(0, term.length()) == 1;
            BooleanQuery.Builder required = new BooleanQuery.Builder();
            Query titleBi = single ? wordBuilder.createPhraseQuery(TITLE, term) : bigramBuilder.createPhraseQuery(TITLE_BI, term);
            Query bodyBi = single ? singleCharacter(bigramBuilder, term) : bigramBuilder.createPhraseQuery(BODY_BI, term);
            if (titleBi == null && bodyBi == null) {
                continue;
            }
            if (titleBi != null) {
                required.add(new BoostQuery(titleBi, 3f), Occur.SHOULD);
            }
            if (bodyBi != null) {
                required.add(bodyBi, Occur.SHOULD);
            }
            BooleanQuery.Builder clause = new BooleanQuery.Builder().add(required.build(), Occur.MUST);
            Query titleWords = single ? null : wordBuilder.createPhraseQuery(TITLE, term);
            if (titleWords != null) {
                clause.add(new BoostQuery(titleWords, 2f), Occur.SHOULD);
            }
            all.add(clause.build(), Occur.MUST);
            terms++;
        }
        if (terms == 0) {
            return null;
        }
        if (terms > 1) {
            Set<String> phrases = new LinkedHashSet<>();
            phrases.add(QueryWords.phrase(queryWords));
            phrases.add(text.strip());
            for (String phrase : phrases) {
                Query titlePhrase = bigramBuilder.createPhraseQuery(TITLE_BI, phrase);
                Query bodyPhrase = bigramBuilder.createPhraseQuery(BODY_BI, phrase);
                if (titlePhrase != null) {
                    all.add(new BoostQuery(titlePhrase, PHRASE_BOOST * 3), Occur.SHOULD);
                }
                if (bodyPhrase != null) {
                    all.add(new BoostQuery(bodyPhrase, PHRASE_BOOST), Occur.SHOULD);
                }
            }
        }
        return all.build();
    }

    /**
     * A one-character term in the body: a Han character is inside a bigram that begins or ends with it (or is a lone
     * unigram); any other character is a token of its own, as the bigram analyzer produces it.
     */
    private static Query singleCharacter(QueryBuilder bigramBuilder, String term) {
        int c = term.codePointAt(0);
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
            return bigramBuilder.createPhraseQuery(BODY_BI, term);
        }
        return new BooleanQuery.Builder().add(new PrefixQuery(new Term(BODY_BI, term)), Occur.SHOULD)
                .add(new WildcardQuery(new Term(BODY_BI, "?" + term)), Occur.SHOULD).build();
    }

    private static Query dateQuery(SearchQuery.DateCondition c) {
        long from = c.from() == null ? Long.MIN_VALUE : c.from().toEpochDay();
        long to = c.to() == null ? Long.MAX_VALUE : c.to().toEpochDay();
        Query range = LongPoint.newRangeQuery(DATE_PREFIX + c.field(), from, to);
        if (!c.missingMatches()) {
            return range;
        }
        Query missing = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                .add(new TermQuery(new Term(HAS_DATE_PREFIX + c.field(), "1")), Occur.MUST_NOT).build();
        return new BooleanQuery.Builder().add(range, Occur.SHOULD).add(missing, Occur.SHOULD).build();
    }

    private SearchHit hit(Document d, float score, Snippets snippets) {
        String title = d.get(TITLE);
        String body = d.get(BODY);
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        for (IndexableField f : d.getFields()) {
            if (f.name().startsWith(KEYWORD_PREFIX)) {
                keywords.computeIfAbsent(f.name().substring(KEYWORD_PREFIX.length()), k -> new ArrayList<>()).add(f.stringValue());
            }
        }
        String titleHtml = snippets == null ? null : snippets.markAll(title);
        String snippet = snippets == null ? null : snippets.fragment(body, SNIPPET_CHARS);
        if (snippet == null) {
            snippet = escape(body.length() > SNIPPET_CHARS ? body.substring(0, SNIPPET_CHARS) + "…" : body);
        }
        return new SearchHit(d.get(TYPE), d.get(ID), title, d.get(LINK), keywords, Float.isNaN(score) ? 0f : score,
                titleHtml == null ? escape(title) : titleHtml, snippet);
    }

    private static String escape(String text) {
        return new SimpleHTMLEncoder().encodeText(text);
    }

    // ---- status -----------------------------------------------------------------------------------------------------

    public SearchStatus status() {
        ChangeLogView view = changeLog;
        return new SearchStatus(directory.toString(), writer.getDocStats().numDocs, appliedChange.get(), view.latestChange(),
                appliedRebuild.get(), view.latestRebuild(), view.lastRebuildRequestedAt());
    }

    /** Texts in the committed index (for tests and status). */
    public long count() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(fsDirectory)) {
            return reader.numDocs();
        }
    }

    Set<String> analyze(Analyzer which, String text) throws IOException {
        Set<String> tokens = new LinkedHashSet<>();
        try (var stream = which.tokenStream("x", text)) {
            var attr = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(attr.toString());
            }
            stream.end();
        }
        return tokens;
    }

    @jakarta.annotation.PreDestroy
    void close() throws IOException {
        searchers.close();
        writer.close();
        fsDirectory.close();
    }

    /** What the follower last read from the database. */
    record ChangeLogView(long latestChange, long latestRebuild, OffsetDateTime lastRebuildRequestedAt) {
        static final ChangeLogView EMPTY = new ChangeLogView(0, 0, null);
    }

}
