package org.doorstep.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12 item 13: the demo county's documents look like a real county's — 公开日期 a few days after 成文日期 over
 * the years they were written, none on the day the demo was loaded, and a 村务公开 document repealed only by another
 * 村务公开 document — and the way they got there (a former website's documents keeping their 公开日期) is checked.
 */
@SpringBootTest
class DemoDocumentsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Disclosure disclosure;

    /** The demo's 2025 annual report among them, published by 31 January 2026 (条例第四十九条). */
    @Test
    void publicationDatesFollowWritingAndSpreadOverTheYears() {
        List<Map<String, Object>> docs = jdbc.sql("""
                select written_on, published_on from disclosure_document
                where author = 'demo.gongkai' and published_on is not null""").query().listOfRows();
        assertThat(docs).hasSizeGreaterThan(30);
        LocalDate loaded = jdbc.sql("select min(created_at)::date from disclosure_document where author = 'demo.gongkai'")
                .query(LocalDate.class).single();
        assertThat(docs).allSatisfy(d -> {
            LocalDate written = ((java.sql.Date) d.get("written_on")).toLocalDate();
            LocalDate published = ((java.sql.Date) d.get("published_on")).toLocalDate();
            assertThat(published).isAfterOrEqualTo(written).isBefore(loaded);
        });
        assertThat(docs.stream().map(d -> ((java.sql.Date) d.get("published_on")).toLocalDate().getYear()).distinct())
                .contains(2025, 2026);
        assertThat(jdbc.sql("""
                select published_on from disclosure_document
                where author = 'demo.gongkai' and genre = '年度报告' and title like '%2025年%'""")
                .query(LocalDate.class).single()).isEqualTo(LocalDate.parse("2026-01-20"));
    }

    @Test
    void aVillageAffairsDocumentIsRepealedOnlyByAnother() {
        List<Map<String, Object>> repealed = jdbc.sql("""
                select keywords, repealed_by from disclosure_document
                where author = 'demo.gongkai' and validity = 'REPEALED'""").query().listOfRows();
        assertThat(repealed).isNotEmpty()
                .anySatisfy(r -> assertThat((String) r.get("keywords")).contains("村务公开"));
        for (Map<String, Object> r : repealed) {
            String by = (String) r.get("repealed_by");
            List<String> repealing = jdbc.sql("""
                    select keywords from disclosure_document where document_number = ? or title = ?""")
                    .params(by, by).query(String.class).list();
            assertThat(repealing).as(by).isNotEmpty();
            if (((String) r.get("keywords")).contains("村务公开")) {
                assertThat(repealing).as(by).allSatisfy(k -> assertThat(k).contains("村务公开"));
            }
        }
    }

    @Test
    void aMigratedDocumentKeepsAPlausibleDateOnly() {
        Officer officer = Officer.officer(DemoCounty.MEILIN_TOWN);
        long node = disclosure.catalogue(DemoCounty.MEILIN_TOWN).stream()
                .filter(n -> n.name().equals("法定主动公开内容")).findFirst().orElseThrow().id();
        GovDocument d = disclosure.create(new DocumentDraft("梅林镇原网站迁入的通知" + System.nanoTime(), null,
                DemoCounty.MEILIN_TOWN, LocalDate.of(2024, 5, 6), null, null, "综合政务", "通知", "迁入",
                "<p>正文</p>", List.of(node), null, null), officer);
        disclosure.submit(d.id(), officer);
        Officer reviewer = Officer.reviewer(DemoCounty.MEILIN_TOWN);
        assertThatThrownBy(() -> disclosure.approveMigrated(d.id(), LocalDate.of(2024, 5, 1), reviewer))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不早于成文日期");
        assertThatThrownBy(() -> disclosure.approveMigrated(d.id(), LocalDate.now().plusDays(2), reviewer))
                .isInstanceOf(InvalidInputException.class);
        // What is published today is an ordinary approval, never a migrated one.
        assertThatThrownBy(() -> disclosure.approveMigrated(d.id(),
                LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), reviewer))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("早于今天");
        GovDocument published = disclosure.approveMigrated(d.id(), LocalDate.of(2024, 5, 9), reviewer);
        assertThat(published.publishedOn()).isEqualTo(LocalDate.of(2024, 5, 9));
        assertThat(published.state()).isEqualTo(DocumentState.PUBLISHED);
    }
}
