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
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
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
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.doorstep.disclosure.PublishedDocument;
import org.doorstep.search.SearchHit;
import org.doorstep.search.SearchIndex;
import org.doorstep.search.SearchQuery;
import org.doorstep.search.SearchResults;
import org.doorstep.search.SearchSort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index in a Lucene directory on disk. One writer is kept open; searches use near-real-time readers that
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
        this.analysis = analysis;
        this.folder = folder;
        try {
            Files.createDirectories(folder);
            this.directory = FSDirectory.open(folder);
            this.writer = openWriter(folder, ramBufferMb);
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
            IndexWriterConfig fresh = config(ramBufferMb).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            return new IndexWriter(directory, fresh);
        }
    }

    private IndexWriterConfig config(double ramBufferMb) {
        return new IndexWriterConfig(analysis.indexing()).setRAMBufferSizeMB(ramBufferMb)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    }

    // ================================================================ writing

    @Override
    public void put(Collection<PublishedDocument> documents) {
        try {
            for (PublishedDocument d : documents) {
                writer.updateDocument(new Term(Fields.ID, Long.toString(d.id())), toLucene(d));
            }
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a batch without committing (bulk repair): documents are replaced by id, ids not among them are removed.
     * {@link #publish()} makes the work durable and visible.
     */
    public void write(Collection<PublishedDocument> documents, Collection<Long> removed) {
        try {
            for (PublishedDocument d : documents) {
                writer.updateDocument(new Term(Fields.ID, Long.toString(d.id())), toLucene(d));
            }
            if (!removed.isEmpty()) {
                writer.deleteDocuments(removed.stream().map(id -> new Term(Fields.ID, Long.toString(id)))
                        .toArray(Term[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void remove(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try {
            writer.deleteDocuments(ids.stream().map(id -> new Term(Fields.ID, Long.toString(id))).toArray(Term[]::new));
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void clear() {
        try {
            writer.deleteAll();
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits to disk and lets searches see the changes. */
    public void publish() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document toLucene(PublishedDocument d) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, Long.toString(d.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(Fields.ID, d.id()));
        doc.add(new NumericDocValuesField(Fields.STAMP, d.stamp()));
        String body = d.bodyText() == null ? "" : d.bodyText();
        doc.add(new TextField(Fields.TITLE, d.title(), Field.Store.NO));
        doc.add(new TextField(Fields.TITLE_GRAMS, d.title(), Field.Store.NO));
        doc.add(new TextField(Fields.BODY, body, Field.Store.NO));
        doc.add(new TextField(Fields.BODY_GRAMS, body, Field.Store.NO));
        if (d.documentNumber() != null) {
            doc.add(new TextField(Fields.NUMBER_GRAMS, d.documentNumber(), Field.Store.NO));
            doc.add(new StoredField(Fields.DOCUMENT_NUMBER, d.documentNumber()));
        }
        doc.add(new StringField(Fields.DIVISION, d.divisionCode(), Field.Store.NO));
        for (Long node : d.nodeIds()) {
            doc.add(new StringField(Fields.NODE, Long.toString(node), Field.Store.NO));
        }
        doc.add(new StringField(Fields.PUBLISHER, d.publisherCode(), Field.Store.NO));
        doc.add(new StringField(Fields.VALIDITY, d.validity().name(), Field.Store.YES));
        LocalDate day = d.publishedOn() == null ? d.writtenOn() : d.publishedOn();
        doc.add(new LongPoint(Fields.DAY, day.toEpochDay()));
        Instant at = d.publishedAt() == null ? day.atStartOfDay().toInstant(java.time.ZoneOffset.UTC) : d.publishedAt();
        doc.add(new NumericDocValuesField(Fields.PUBLISHED, at.toEpochMilli()));
        doc.add(new StoredField(Fields.PUBLISHED_AT, at.toEpochMilli()));
        doc.add(new StoredField(Fields.STORED_TITLE, d.title()));
        doc.add(new StoredField(Fields.STORED_BODY, body));
        doc.add(new StoredField(Fields.URL, d.urlPath()));
        doc.add(new StoredField(Fields.INDEX_NUMBER, d.indexNumber()));
        doc.add(new StoredField(Fields.PUBLISHER_NAME, d.publisherName()));
        return doc;
    }

    // ================================================================ reading

    @Override
    public SearchResults search(SearchQuery q) {
        List<String> words = analysis.words(q.text());
        Query query = toLucene(q, words);
        int want = q.page() * q.size();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = q.sort() == SearchSort.DATE
                        ? searcher.search(query, new TopFieldCollectorManager(
                                new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, true)), want, null,
                                Integer.MAX_VALUE, false))
                        : searcher.search(query, new TopScoreDocCollectorManager(want, null, Integer.MAX_VALUE, false));
                List<SearchHit> hits = new ArrayList<>();
                StoredFields stored = searcher.storedFields();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = (q.page() - 1) * q.size(); i < docs.length; i++) {
                    hits.add(hit(stored.document(docs[i].doc), words));
                }
                return new SearchResults(top.totalHits.value, q.page(), q.size(), hits, words);
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
            Query inTitle = analysis.gramsQuery(Fields.TITLE_GRAMS, word);
            Query inBody = analysis.gramsQuery(Fields.BODY_GRAMS, word);
            if (inTitle == null) {
                continue;
            }
            b.add(new BooleanQuery.Builder().add(new BoostQuery(inTitle, 3f), Occur.SHOULD)
                    .add(inBody, Occur.SHOULD).build(), Occur.MUST);
            any = true;
        }
        if (any) {
            // smartcn words only rank: a title sharing more whole words with the query comes first
            for (String term : ChineseAnalysis.tokens(analysis.smartcn(), String.join(" ", words))) {
                b.add(new BoostQuery(new TermQuery(new Term(Fields.TITLE, term)), 2f), Occur.SHOULD);
            }
        } else if (!q.text().isEmpty()) {
            return new org.apache.lucene.search.MatchNoDocsQuery("no searchable words");
        } else {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
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
            for (String part : analysis.words(q.documentNumber())) {
                Query p = analysis.gramsQuery(Fields.NUMBER_GRAMS, part);
                if (p != null) {
                    number.add(p, Occur.MUST);
                }
            }
            b.add(number.build(), Occur.FILTER);
        }
        return b.build();
    }

    private static SearchHit hit(Document d, List<String> words) {
        String title = d.get(Fields.STORED_TITLE);
        long at = d.getField(Fields.PUBLISHED_AT).numericValue().longValue();
        Instant publishedAt = Instant.ofEpochMilli(at);
        return new SearchHit(idOf(d.get(Fields.URL)), title, Snippets.mark(title, words),
                Snippets.excerpt(d.get(Fields.STORED_BODY), words), d.get(Fields.URL),
                LocalDate.ofInstant(publishedAt, java.time.ZoneId.of("Asia/Shanghai")), publishedAt,
                d.get(Fields.INDEX_NUMBER), d.get(Fields.DOCUMENT_NUMBER), d.get(Fields.PUBLISHER_NAME),
                org.doorstep.disclosure.Validity.valueOf(d.get(Fields.VALIDITY)).label());
    }

    private static long idOf(String url) {
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    @Override
    public Map<Long, Long> stamps() {
        Map<Long, Long> result = new HashMap<>();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    NumericDocValues ids = leaf.reader().getNumericDocValues(Fields.ID);
                    NumericDocValues stamps = leaf.reader().getNumericDocValues(Fields.STAMP);
                    Bits live = leaf.reader().getLiveDocs();
                    if (ids == null || stamps == null) {
                        continue;
                    }
                    for (int doc = ids.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                        if (live != null && !live.get(doc)) {
                            continue;
                        }
                        long stamp = stamps.advanceExact(doc) ? stamps.longValue() : -1;
                        result.put(ids.longValue(), stamp);
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
