package org.doorstep.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.doorstep.search.SearchHit;
import org.doorstep.search.SearchQuery;
import org.doorstep.search.SearchResults;
import org.doorstep.search.SearchSort;
import org.doorstep.search.SearchType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A relevance ranking looks at a bounded number of matches, the most recent ones: exact below the bound, newest
 * matches only above it, and the total then reported as a lower bound. Entries are stored newest first whatever
 * order they were written in.
 */
class BoundedRankingTest {

    static final int BOUND = 1_000;
    static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    @TempDir
    Path folder;
    LuceneSearchIndex index;

    @BeforeEach
    void open() {
        index = new LuceneSearchIndex(folder, new ChineseAnalysis(), 16, BOUND);
    }

    @AfterEach
    void close() {
        index.close();
    }

    /** Entry i is published on day i; written oldest and newest alternately, so no order comes from writing. */
    void write(int count, String titleOfOldest) {
        List<IndexEntry> entries = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int i = k % 2 == 0 ? k / 2 : count - 1 - k / 2;
            String title = i == 0 ? titleOfOldest : "关于做好第" + i + "批政务公开工作的通知";
            String body = "各乡镇人民政府：现将政务公开工作有关事项通知如下，请认真贯彻落实。" + (i == 0 ? "另附燕子归巢观测安排。" : "");
            LocalDate day = FIRST_DAY.plusDays(i);
            entries.add(new IndexEntry(IndexEntry.documentKey(i + 1), SearchType.DOCUMENT, title, body,
                    "/disclosure/documents/" + (i + 1), i, "361199000000", List.of(), null, "青溪县人民政府", null, null,
                    "VALID", day, day.atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        index.put(entries);
    }

    SearchResults search(String text, SearchSort sort) {
        return search(index, text, sort);
    }

    static SearchResults search(LuceneSearchIndex index, String text, SearchSort sort) {
        return index.search(new SearchQuery(text, null, null, null, null, null, null, null, sort, 1,
                SearchQuery.PAGE_SIZE, SearchType.DOCUMENT).validated());
    }

    @Test
    void anIndexWrittenUnsortedIsStartedAfreshForTheStartUpCheckToRefill(@TempDir Path older) throws Exception {
        try (var w = new org.apache.lucene.index.IndexWriter(org.apache.lucene.store.FSDirectory.open(older),
                new org.apache.lucene.index.IndexWriterConfig())) {
            org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
            d.add(new org.apache.lucene.document.StringField(Fields.KEY, "d:1",
                    org.apache.lucene.document.Field.Store.YES));
            w.addDocument(d);
        }
        try (LuceneSearchIndex reopened = new LuceneSearchIndex(older, new ChineseAnalysis(), 16, BOUND)) {
            assertThat(reopened.size()).isZero();
            reopened.put(List.of(new IndexEntry(IndexEntry.documentKey(1), SearchType.DOCUMENT, "政务公开", "正文",
                    "/disclosure/documents/1", 1, "361199000000", List.of(), null, null, null, null, "VALID",
                    FIRST_DAY, FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC))));
            assertThat(search(reopened, "政务公开", SearchSort.RELEVANCE).total()).isEqualTo(1);
        }
    }

    @Test
    void belowTheBoundTheBestMatchComesFirstHoweverOld() {
        write(BOUND - 100, "政务公开");
        SearchResults r = search("政务公开", SearchSort.RELEVANCE);
        assertThat(r.totalExact()).isTrue();
        assertThat(r.recentOnly()).isFalse();
        assertThat(r.total()).isEqualTo(BOUND - 100);
        assertThat(r.hits().get(0).title()).isEqualTo("政务公开");
    }

    @Test
    void aboveTheBoundOnlyTheMostRecentMatchesAreRankedAndTheTotalIsALowerBound() {
        int count = 3 * BOUND;
        write(count, "政务公开");
        assertThat(index.count(new SearchQuery("政务公开", null, null, null, null, null, null, null,
                SearchSort.RELEVANCE, 1, SearchQuery.PAGE_SIZE, SearchType.DOCUMENT).validated())).isEqualTo(count);

        SearchResults r = search("政务公开", SearchSort.RELEVANCE);
        assertThat(r.totalExact()).isFalse();
        assertThat(r.recentOnly()).isTrue();
        assertThat(r.total()).isGreaterThanOrEqualTo(BOUND);
        // the oldest entry would rank first on its title, but it is not among the most recent thousand matches
        assertThat(r.hits()).extracting(SearchHit::title).doesNotContain("政务公开").hasSize(SearchQuery.PAGE_SIZE);
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.publishedOn()).isAfter(FIRST_DAY.plusDays(count - BOUND - 1)));

        // a narrower query is ranked over all its matches again
        SearchResults narrow = search("政务公开 燕子归巢", SearchSort.RELEVANCE);
        assertThat(narrow.totalExact()).isTrue();
        assertThat(narrow.recentOnly()).isFalse();
        assertThat(narrow.hits()).extracting(SearchHit::title).containsExactly("政务公开");

        // newest first, across everything
        SearchResults byDate = search("政务公开", SearchSort.DATE);
        assertThat(byDate.hits().get(0).publishedOn()).isEqualTo(FIRST_DAY.plusDays(count - 1));
        assertThat(byDate.hits()).extracting(SearchHit::publishedOn).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }
}
