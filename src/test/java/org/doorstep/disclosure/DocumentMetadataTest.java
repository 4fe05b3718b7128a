package org.doorstep.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.support.SignedInRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 12 item 14: 主题分类 from GB/T 21063.4's first level, 体裁 from a fixed list holding what table 二 of the annual
 * report counts (规章, 行政规范性文件), and 来源 in the metadata block (seed 004: "主题分类: 其他 … 来源:").
 */
@SpringBootTest
class DocumentMetadataTest {

    static final String TOWN = DemoCounty.MEILIN_TOWN;

    @Autowired
    Disclosure disclosure;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    @Test
    void theStandardsFirstLevelAndTheTemplatesGenresAreTheChoices() {
        assertThat(SubjectCategory.values()).hasSize(21);
        assertThat(SubjectCategory.options().keySet()).startsWith("综合政务", "国民经济管理、国有资产监管", "财政、金融、审计")
                .endsWith("国防", "其他");
        assertThat(Genre.isLabel("规章")).isTrue();
        assertThat(Genre.isLabel("行政规范性文件")).isTrue();
        assertThat(Genre.isLabel("规范性文件")).isFalse();
    }

    @Test
    void aFreeTextTopicOrGenreIsRefusedAndSourceIsKeptAndShown() throws Exception {
        Officer officer = Officer.officer(TOWN);
        assertThatThrownBy(() -> disclosure.create(draft("农业农村", "通知", ""), officer))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("主题分类");
        assertThatThrownBy(() -> disclosure.create(draft("农业、林业、水利", "规范性文件", ""), officer))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("体裁");

        GovDocument d = disclosure.create(draft("农业、林业、水利", "行政规范性文件", "江西省人民政府门户网站"), officer);
        assertThat(d.source()).isEqualTo("江西省人民政府门户网站");
        disclosure.submit(d.id(), officer);
        GovDocument published = disclosure.approve(d.id(), Officer.reviewer(TOWN));
        MockMvc mvc = SignedInRequests.secured(context);
        mvc.perform(get(published.path())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<th scope=\"row\">来源</th>")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("江西省人民政府门户网站")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("农业、林业、水利")));
        mvc.perform(get("/api/v1/disclosure/documents/" + published.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("江西省人民政府门户网站"))
                .andExpect(jsonPath("$.genre").value("行政规范性文件"));
    }

    /** Whatever the demo county and the other tests have stored: every document is filed under the lists. */
    @Test
    void everyStoredDocumentUsesTheLists() {
        List<String> topics = jdbc.sql("select distinct topic from disclosure_document").query(String.class).list();
        List<String> genres = jdbc.sql("select distinct genre from disclosure_document").query(String.class).list();
        assertThat(topics).isNotEmpty().allSatisfy(t -> assertThat(SubjectCategory.isLabel(t)).as(t).isTrue());
        assertThat(genres).isNotEmpty().allSatisfy(g -> assertThat(Genre.isLabel(g)).as(g).isTrue());
    }

    private DocumentDraft draft(String topic, String genre, String source) {
        long node = disclosure.catalogue(TOWN).stream().filter(n -> n.name().equals("法定主动公开内容")).findFirst()
                .orElseThrow().id();
        return new DocumentDraft("关于做好春季农业生产的通知" + System.nanoTime(), null, TOWN, LocalDate.of(2026, 3, 2), null,
                null, topic, genre, "春耕", "<p>正文</p>", List.of(node), null, null, source);
    }
}
