package org.doorstep.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.doorstep.disclosure.Validity;
import org.doorstep.search.SearchHit;
import org.doorstep.search.SearchIndex;
import org.doorstep.search.SearchQuery;
import org.doorstep.search.SearchResults;
import org.doorstep.search.SearchSort;
import org.doorstep.search.SearchType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index (documents and guides) in a Lucene directory on disk. One writer is kept open; searches use near-real-time readers that
 * are refreshed after every change. An unreadable index is moved aside and started afresh (the start-up check then
 * fills it from the database).
 */
public class LuceneSearchIndex implements SearchIndex, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LuceneSearchIndex.class);

    /** Indexes opened through {@link #shared}, by folder: application contexts in one JVM (tests) share one writer. */
    private static final Map<Path, LuceneSearchIndex> SHARED = new HashMap<>();

    private final ChineseAnalysis analysis;
    private final Path folder;
    private final Object writeLock = new Object();
    private boolean registered;
    private int users = 1;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final int rankedAtMost;

    /**
     * The index in a folder, opened once per JVM: Lucene allows one writer per folder, and in tests several
     * application contexts run side by side on the same data folder. Closed when its last user closes it.
     */
    public static LuceneSearchIndex shared(Path folder, ChineseAnalysis analysis, double ramBufferMb) {
        Path key = folder.toAbsolutePath().normalize();
        synchronized (SHARED) {
            LuceneSearchIndex open = SHARED.get(key);
            if (open != null) {
                open.users++;
                return open;
            }
            LuceneSearchIndex index = new LuceneSearchIndex(key, analysis, ramBufferMb);
            index.registered = true;
            SHARED.put(key, index);
            return index;
        }
    }

    public LuceneSearchIndex(Path folder, ChineseAnalysis analysis, double ramBufferMb) {
        this(folder, analysis, ramBufferMb, RANKED_AT_MOST);
    }

    LuceneSearchIndex(Path folder, ChineseAnalysis analysis, double ramBufferMb, int rankedAtMost) {
        this.rankedAtMost = rankedAtMost;
        this.analysis = analysis;
        this.folder = folder;
        try {
            Files.createDirectories(folder);
            this.directory = FSDirectory.open(folder);
            this.writer = openWriter(folder, ramBufferMb);
            checkLayout();
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("搜索索引无法打开：" + folder, e);
        }
    }

    private IndexWriter openWriter(Path folder, double ramBufferMb) throws IOException {
        try {
            return new IndexWriter(directory, config(ramBufferMb));
        } catch (org.apache.lucene.index.CorruptIndexException | org.apache.lucene.index.IndexFormatTooOldException
                | org.apache.lucene.index.IndexFormatTooNewException e) {
            log.warn("Search index at {} is unreadable ({}); starting a new one", folder, e.toString());
        } catch (IllegalArgumentException e) {
            // an index written before entries were kept newest first: the start-up check refills the new one
            log.info("Search index at {} has an older layout ({}); starting a new one", folder, e.getMessage());
        }
        return new IndexWriter(directory, config(ramBufferMb).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
    }

    private IndexWriterConfig config(double ramBufferMb) {
        return new IndexWriterConfig(analysis.indexing()).setRAMBufferSizeMB(ramBufferMb).setIndexSort(NEWEST_FIRST)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    }

    /** Ids of the index's layout: an index written with another layout is emptied on open and refilled. */
    private static final String LAYOUT = "4";
    /**
     * Hits are counted exactly up to this many at least; beyond, the total may be a lower bound and counting stops
     * early (a sort by date counts this many; a relevance ranking counts what it ranks, see {@link #RANKED_AT_MOST}).
     */
    public static final int EXACT_UP_TO = 1_000;
    /**
     * A relevance ranking looks at this many matching entries at most, newest first; a query matching more (a word in
     * most documents of a large index) is ranked over its most recent matches, so its cost is bounded. (The search
     * page tells the visitor so, naming this figure: 2 万.)
     */
    public static final int RANKED_AT_MOST = 20_000;
    /** Weight of a word found in the title, against 1 for the word in title or body. */
    static final float TITLE_BOOST = 5f;
    private static final Sort BY_DATE = new Sort(newestFirst());
    /** Entries are stored newest first, so that a bounded ranking sees the most recent matches. */
    private static final Sort NEWEST_FIRST = new Sort(newestFirst());

    private static SortField newestFirst() {
        SortField f = new SortField(Fields.PUBLISHED, SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE); // undated entries last
        return f;
    }
    private static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");

    /** Empties an index of an older layout (the start-up check then fills it from the database). */
    private void checkLayout() throws IOException {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        if (!LAYOUT.equals(data.get("layout"))) {
            if (writer.getDocStats().maxDoc > 0) {
                log.info("Search index at {} has an older layout; emptying it for the start-up check", folder);
            }
            writer.deleteAll();
            writer.setLiveCommitData(Map.of("layout", LAYOUT).entrySet());
            writer.commit();
        }
    }

    // ================================================================ writing

    /** Adds or replaces entries (by key) and makes them durable and visible. */
    public void put(Collection<IndexEntry> entries) {
        write(entries, List.of());
        publish();
    }

    /**
     * Writes entries (replaced by key) and removes keys, without committing; safe from several threads at once (bulk
     * rebuilds analyse in parallel). {@link #publish()} makes the work durable and visible.
     */
    public void write(Collection<IndexEntry> entries, Collection<String> removed) {
        try {
            for (IndexEntry e : entries) {
                writer.updateDocument(new Term(Fields.KEY, e.key()), toLucene(e));
            }
            if (!removed.isEmpty()) {
                writer.deleteDocuments(removed.stream().map(k -> new Term(Fields.KEY, k)).toArray(Term[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        write(List.of(), keys);
        publish();
    }

    public void clear() {
        try {
            writer.deleteAll();
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges the index into one segment and publishes it, after a bulk write: a search then looks up each word once
     * rather than once per segment, and ranks the most recent matches of the whole index in one pass. Searches go on
     * meanwhile over the segments as they were.
     */
    public void merge() {
        try {
            writer.forceMerge(1);
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits to disk and lets searches see the changes (searches reuse one reader until the next write). */
    public void publish() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document toLucene(IndexEntry e) {
        Document doc = new Document();
        doc.add(new StringField(Fields.KEY, e.key(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.KEY, new BytesRef(e.key())));
        doc.add(new StringField(Fields.TYPE, e.type().name(), Field.Store.NO));
        doc.add(new NumericDocValuesField(Fields.STAMP, e.stamp()));
        doc.add(new TextField(Fields.TITLE_GRAMS, e.title(), Field.Store.NO));
        // title and body are only searched by grams (smartcn segments the query into words): segmenting every text
        // with smartcn would double the indexing time for nothing a query uses
        doc.add(new TextField(Fields.TEXT_GRAMS, e.title(), Field.Store.NO));
        doc.add(new TextField(Fields.TEXT_GRAMS, e.body(), Field.Store.NO));
        if (e.documentNumber() != null) {
            doc.add(new TextField(Fields.NUMBER_GRAMS, e.documentNumber(), Field.Store.NO));
            doc.add(new StoredField(Fields.DOCUMENT_NUMBER, e.documentNumber()));
        }
        if (e.divisionCode() != null) {
            doc.add(new StringField(Fields.DIVISION, e.divisionCode(), Field.Store.NO));
        }
        for (Long node : e.nodeIds()) {
            doc.add(new StringField(Fields.NODE, Long.toString(node), Field.Store.NO));
        }
        if (e.publisherCode() != null) {
            doc.add(new StringField(Fields.PUBLISHER, e.publisherCode(), Field.Store.NO));
        }
        if (e.validity() != null) {
            doc.add(new StringField(Fields.VALIDITY, e.validity(), Field.Store.YES));
        }
        if (e.day() != null) {
            doc.add(new LongPoint(Fields.DAY, e.day().toEpochDay()));
        }
        if (e.publishedAt() != null) {
            long at = e.publishedAt().toEpochMilli();
            // points beside the doc values let a sort by date skip documents that cannot make the page
            doc.add(new LongPoint(Fields.PUBLISHED, at));
            doc.add(new NumericDocValuesField(Fields.PUBLISHED, at));
            doc.add(new StoredField(Fields.PUBLISHED_AT, at));
        }
        doc.add(new StoredField(Fields.STORED_TITLE, e.title()));
        doc.add(new StoredField(Fields.STORED_BODY, e.body()));
        doc.add(new StoredField(Fields.URL, e.url()));
        if (e.indexNumber() != null) {
            doc.add(new StoredField(Fields.INDEX_NUMBER, e.indexNumber()));
        }
        if (e.publisherName() != null) {
            doc.add(new StoredField(Fields.PUBLISHER_NAME, e.publisherName()));
        }
        return doc;
    }

    // ================================================================ reading

    @Override
    public SearchResults search(SearchQuery q) {
        List<String> words = analysis.words(q.text());
        Query query = toLucene(q, words);
        int want = q.page() * q.size();
        int threshold = Math.max(EXACT_UP_TO, want);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                BoundedRanking bounded = null;
                TopDocs top;
                if (q.sort() == SearchSort.DATE) {
                    top = searcher.search(query, new TopFieldCollectorManager(BY_DATE, want, null, threshold, false));
                } else {
                    // every match up to the bound is scored and counted: skipping by maximum scores (block-max
                    // WAND, from the threshold on) saved little on documents of similar scores and, as skipped
                    // matches do not count against the bound, went on through every older match of a common word
                    bounded = new BoundedRanking(new TopScoreDocCollectorManager(want, null, Integer.MAX_VALUE, false),
                            rankedAtMost, searcher.getIndexReader().maxDoc());
                    top = searcher.search(query, bounded);
                }
                List<SearchHit> hits = new ArrayList<>();
                StoredFields stored = searcher.storedFields();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = (q.page() - 1) * q.size(); i < docs.length; i++) {
                    hits.add(hit(stored.document(docs[i].doc), words));
                }
                boolean recentOnly = bounded != null && bounded.truncated;
                boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO && !recentOnly;
                return new SearchResults(top.totalHits.value, exact, q.page(), q.size(), hits, words, recentOnly);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exact number of hits of a query, however many (for checks and benchmarks, not for pages). */
    public long count(SearchQuery q) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.count(toLucene(q, analysis.words(q.text())));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Query toLucene(SearchQuery q, List<String> words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        for (String word : words) {
            Query inText = analysis.gramsQuery(Fields.TEXT_GRAMS, word);
            if (inText == null) {
                continue;
            }
            // one phrase per word over title and body decides; the word in the title only adds to the score (the
            // words are smartcn's words of the query already, so a clause on the title's smartcn words would score
            // the same title twice: single characters such as 事 and 办 matched most titles and cost a third of the
            // time of the query while saying nothing about them)
            b.add(inText, Occur.MUST);
            b.add(new BoostQuery(analysis.gramsQuery(Fields.TITLE_GRAMS, word), TITLE_BOOST), Occur.SHOULD);
            any = true;
        }
        if (any) {
            // a run of words typed together ranks higher where it occurs as typed
            for (String run : analysis.runs(q.text())) {
                if (!words.contains(run)) {
                    Query together = analysis.gramsQuery(Fields.TITLE_GRAMS, run);
                    if (together != null) {
                        b.add(new BoostQuery(together, 4f), Occur.SHOULD);
                    }
                }
            }
        } else if (!q.text().isEmpty()) {
            return new org.apache.lucene.search.MatchNoDocsQuery("no searchable words");
        } else {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        if (q.type() != null) {
            b.add(new TermQuery(new Term(Fields.TYPE, q.type().name())), Occur.FILTER);
        }
        if (q.division() != null) {
            b.add(new TermQuery(new Term(Fields.DIVISION, q.division())), Occur.FILTER);
        }
        if (q.node() != null) {
            b.add(new TermQuery(new Term(Fields.NODE, Long.toString(q.node()))), Occur.FILTER);
        }
        if (q.publisher() != null) {
            b.add(new TermQuery(new Term(Fields.PUBLISHER, q.publisher())), Occur.FILTER);
        }
        if (q.validity() != null) {
            b.add(new TermQuery(new Term(Fields.VALIDITY, q.validity().name())), Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(Fields.DAY, from, to), Occur.FILTER);
        }
        if (q.documentNumber() != null) {
            BooleanQuery.Builder number = new BooleanQuery.Builder();
            for (String part : analysis.runs(q.documentNumber())) {
                Query p = analysis.gramsQuery(Fields.NUMBER_GRAMS, part);
                if (p != null) {
                    number.add(p, Occur.MUST);
                }
            }
            b.add(number.build(), Occur.FILTER);
        }
        return b.build();
    }

    /**
     * Ranks by relevance over at most {@link #RANKED_AT_MOST} matches: each segment (kept newest first) stops after its
     * share of them, at least {@link #EXACT_UP_TO} so that a stopped search always reports a lower bound over 1,000.
     */
    private static final class BoundedRanking implements CollectorManager<Collector, TopDocs> {

        private final TopScoreDocCollectorManager ranking;
        private final int atMost;
        private final int maxDoc;
        private final List<TopScoreDocCollector> collectors = new ArrayList<>();
        boolean truncated;

        BoundedRanking(TopScoreDocCollectorManager ranking, int atMost, int maxDoc) {
            this.ranking = ranking;
            this.atMost = atMost;
            this.maxDoc = Math.max(1, maxDoc);
        }

        @Override
        public Collector newCollector() throws IOException {
            TopScoreDocCollector top = ranking.newCollector();
            collectors.add(top);
            return new FilterCollector(top) {
                @Override
                public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
                    long share = (long) atMost * leaf.reader().maxDoc() / maxDoc;
                    int quota = (int) Math.max(EXACT_UP_TO, share);
                    return new FilterLeafCollector(super.getLeafCollector(leaf)) {
                        private int seen;

                        @Override
                        public void collect(int doc) throws IOException {
                            if (seen++ == quota) {
                                truncated = true;
                                throw new CollectionTerminatedException();
                            }
                            super.collect(doc);
                        }
                    };
                }
            };
        }

        @Override
        public TopDocs reduce(Collection<Collector> ignored) throws IOException {
            return ranking.reduce(collectors);
        }
    }

    private static SearchHit hit(Document d, List<String> words) {
        String key = d.get(Fields.KEY);
        SearchType type = IndexEntry.typeOf(key);
        String title = d.get(Fields.STORED_TITLE);
        IndexableField at = d.getField(Fields.PUBLISHED_AT);
        Instant publishedAt = at == null ? null : Instant.ofEpochMilli(at.numericValue().longValue());
        String validity = d.get(Fields.VALIDITY);
        long id = type == SearchType.DOCUMENT ? Long.parseLong(key.substring(IndexEntry.DOCUMENT_PREFIX.length())) : 0;
        return new SearchHit(type, id, title, Snippets.mark(title, words),
                Snippets.excerpt(d.get(Fields.STORED_BODY), words), d.get(Fields.URL),
                publishedAt == null ? null : LocalDate.ofInstant(publishedAt, CHINA), publishedAt,
                d.get(Fields.INDEX_NUMBER), d.get(Fields.DOCUMENT_NUMBER), d.get(Fields.PUBLISHER_NAME),
                validity == null ? null : Validity.valueOf(validity).label());
    }

    /** Key → stamp of every entry in the index. */
    public Map<String, Long> keyStamps() {
        Map<String, Long> result = new HashMap<>();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    SortedDocValues keys = leaf.reader().getSortedDocValues(Fields.KEY);
                    NumericDocValues stamps = leaf.reader().getNumericDocValues(Fields.STAMP);
                    Bits live = leaf.reader().getLiveDocs();
                    if (keys == null || stamps == null) {
                        continue;
                    }
                    for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
                        if (live != null && !live.get(doc)) {
                            continue;
                        }
                        long stamp = stamps.advanceExact(doc) ? stamps.longValue() : -1;
                        result.put(keys.lookupOrd(keys.ordValue()).utf8ToString(), stamp);
                    }
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    @Override
    public Map<Long, Long> stamps() {
        Map<Long, Long> result = new HashMap<>();
        keyStamps().forEach((key, stamp) -> {
            if (key.startsWith(IndexEntry.DOCUMENT_PREFIX)) {
                result.put(Long.parseLong(key.substring(IndexEntry.DOCUMENT_PREFIX.length())), stamp);
            }
        });
        return result;
    }

    @Override
    public Map<String, Long> guideStamps() {
        Map<String, Long> result = new HashMap<>();
        keyStamps().forEach((key, stamp) -> {
            if (key.startsWith(IndexEntry.GUIDE_PREFIX)) {
                result.put(key.substring(IndexEntry.GUIDE_PREFIX.length()), stamp);
            }
        });
        return result;
    }

    @Override
    public long size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Held by whoever reads the database and writes the result, so that writes of one document keep their order. */
    Object writeLock() {
        return writeLock;
    }

    @Override
    public void close() {
        synchronized (SHARED) {
            if (registered) {
                if (--users > 0) {
                    return;
                }
                SHARED.remove(folder);
            }
        }
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
