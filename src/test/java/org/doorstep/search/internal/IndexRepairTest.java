package org.doorstep.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.GovDocument;
import org.doorstep.disclosure.PublishedDocument;
import org.doorstep.search.Publishing;
import org.doorstep.search.SearchHit;
import org.doorstep.search.SearchIndex;
import org.doorstep.search.SearchQuery;
import org.doorstep.search.SearchResults;
import org.doorstep.search.SearchSort;
import org.doorstep.search.SearchType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The start-up check: an index folder deleted while the application was stopped, or one that missed events (a crash
 * between commit and indexing), is brought back to the database's state and answers the same queries. Each "start"
 * is a fresh index over a folder plus the same start-up check the application runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndexRepairTest {

    static final List<String> QUERIES = List.of("通知", "乡村振兴", "医保", "营商环境", "补贴 发放", "燕子归巢");

    @Autowired
    Disclosure disclosure;
    @Autowired
    SearchIndex live;
    @Autowired
    ChineseAnalysis analysis;
    @Autowired
    Clock clock;
    @Autowired
    DocumentSource documents;
    @Autowired
    GuideSource guides;
    @TempDir
    Path data;

    @Test
    void anIndexDeletedWhileStoppedIsRebuiltOnStartAndAnswersTheSameQueries() throws Exception {
        new Publishing(disclosure).publish("燕子归巢观测通知", "<p>燕子归巢观测活动。</p>");
        Path folder = data.resolve("index");
        try (LuceneSearchIndex first = start(folder)) {
            assertThat(first.size()).isEqualTo(disclosure.publishedCount() + guides.stamps().size());
            assertSameAnswers(first);
        }
        // the application is stopped; someone deletes the index folder
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(folder).doesNotExist();
        try (LuceneSearchIndex restarted = start(folder)) {
            assertThat(restarted.size()).isEqualTo(disclosure.publishedCount() + guides.stamps().size());
            assertSameAnswers(restarted);
            assertThat(restarted.keyStamps()).containsAllEntriesOf(guides.stamps());
        }
    }

    @Test
    void anIndexThatMissedEventsIsRepairedOnStart() throws Exception {
        Publishing publishing = new Publishing(disclosure);
        GovDocument kept = publishing.publish("紫藤长廊维修公告", "<p>紫藤长廊维修。</p>");
        GovDocument withdrawn = publishing.publish("银杏大道封闭公告", "<p>银杏大道封闭。</p>");
        Path folder = data.resolve("index");
        try (LuceneSearchIndex index = start(folder)) {
            assertThat(ids(index, "银杏大道")).contains(withdrawn.id());
        }
        // while this index is "stopped", the database moves on: a revision and a withdrawal it never hears of,
        // and the index itself holds an outdated version of another document
        publishing.revise(kept.id(), "紫藤长廊维修完工公告", "<p>紫藤长廊维修完工。</p>");
        publishing.withdraw(withdrawn.id());
        try (LuceneSearchIndex index = new LuceneSearchIndex(folder, analysis, 16)) {
            PublishedDocument current = disclosure.published(kept.id()).orElseThrow();
            assertThat(index.stamps().get(kept.id())).isNotEqualTo(current.stamp());
        }
        try (LuceneSearchIndex index = start(folder)) {
            assertThat(ids(index, "银杏大道")).doesNotContain(withdrawn.id());
            assertThat(ids(index, "完工")).contains(kept.id());
            assertThat(index.stamps()).isEqualTo(disclosure.publishedStamps());
        }
    }

    @Test
    void theStartUpCheckRunsInTheBackgroundWhileTheOldIndexAnswersAndStopsCleanly() throws Exception {
        GovDocument d = new Publishing(disclosure).publish("芦苇荡观鸟步道开放公告", "<p>芦苇荡观鸟步道开放。</p>");
        Path folder = data.resolve("index");
        try (LuceneSearchIndex index = start(folder)) {
            // an event the index missed: the document is gone from it while the application was down
            index.remove(List.of(IndexEntry.documentKey(d.id())));
            DocumentIndexer indexer = new DocumentIndexer(documents, guides, index, clock);
            indexer.start();
            indexer.onReady();
            // the old index answers at once, before the check has finished
            assertThat(index.search(query("通知", 1)).total()).isPositive();
            for (int i = 0; i < 300 && indexer.status().running(); i++) {
                Thread.sleep(50);
            }
            assertThat(indexer.status().running()).isFalse();
            assertThat(ids(index, "芦苇荡观鸟")).contains(d.id());
            assertThat(indexer.compare().none()).isTrue();

            // once stopped, a late event is left to the next start-up check instead of writing into a closing index
            indexer.stop();
            assertThat(indexer.isRunning()).isFalse();
            long before = index.size();
            indexer.follow(IndexEntry.documentKey(d.id()));
            index.remove(List.of(IndexEntry.documentKey(d.id())));
            indexer.follow(IndexEntry.documentKey(d.id()));
            assertThat(index.size()).isEqualTo(before - 1);

            // started again (a paused context resumes): what it skipped while stopped is checked and repaired
            indexer.start();
            for (int i = 0; i < 300 && indexer.compare().size() > 0; i++) {
                Thread.sleep(50);
            }
            assertThat(ids(index, "芦苇荡观鸟")).contains(d.id());
            indexer.follow(IndexEntry.documentKey(d.id()));
            indexer.stop();
        }
    }

    /** A fresh index over the folder and the application's start-up check (which the application runs in the background). */
    LuceneSearchIndex start(Path folder) {
        LuceneSearchIndex index = new LuceneSearchIndex(folder, analysis, 16);
        DocumentIndexer indexer = new DocumentIndexer(documents, guides, index, clock);
        indexer.checkNow();
        assertThat(indexer.status().running()).isFalse();
        assertThat(indexer.compare().none()).isTrue();
        return index;
    }

    void assertSameAnswers(SearchIndex index) {
        new Publishing(disclosure).awaitIndexed(live);
        for (String q : QUERIES) {
            assertThat(index.search(query(q, 1)).total()).as(q).isEqualTo(live.search(query(q, 1)).total());
            assertThat(allIds(index, q)).as(q).isEqualTo(allIds(live, q));
        }
    }

    /** Every id a query finds, over all pages (the order of equally dated documents may differ between indexes). */
    static java.util.Set<Long> allIds(SearchIndex index, String q) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (int page = 1; ; page++) {
            SearchResults r = index.search(query(q, page));
            r.hits().forEach(h -> ids.add(h.id()));
            if (page >= r.pages()) {
                return ids;
            }
        }
    }

    /** Documents only: the live index may still be checking the guides in the background when a test starts. */
    static SearchQuery query(String q, int page) {
        return new SearchQuery(q, null, null, null, null, null, null, null, SearchSort.DATE, page, 50,
                SearchType.DOCUMENT).validated();
    }

    static java.util.Set<Long> ids(SearchIndex index, String q) {
        return allIds(index, q);
    }

    static Map<Long, Long> stamps(SearchIndex index) {
        return index.stamps();
    }
}
