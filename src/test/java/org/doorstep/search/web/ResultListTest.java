package org.doorstep.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.doorstep.search.SearchHit;
import org.doorstep.search.SearchType;
import org.doorstep.search.web.Options.Choice;
import org.junit.jupiter.api.Test;

/** The search page's hits and choices as HTML: text from visitors and documents escaped, the index's markup kept. */
class ResultListTest {

    @Test
    void aHitShowsItsEscapedFieldsAndOnlyThoseItHas() {
        SearchHit document = new SearchHit(SearchType.DOCUMENT, 7, "<b>\"通知\"", "&lt;b&gt;&quot;<em>通知</em>&quot;",
                "关于<em>通知</em>的说明", "/disclosure/documents/7?a=1&b=2", LocalDate.of(2026, 3, 2),
                Instant.parse("2026-03-02T01:00:00Z"), "11361199-2026-00007", "梅政发〔2026〕1号<i>",
                "梅林镇人民政府 & \"办\"", "有效");
        SearchHit guide = new SearchHit(SearchType.GUIDE, 0, "公积金提取", "<em>公积金</em>提取", "提取条件",
                "/services/items/QX-GJJ-001", null, null, null, null, null, null);

        String html = ResultList.html(List.of(document, guide), path -> "/ctx" + path);

        assertThat(html).isEqualTo("""
                <li>
                <h3><a href="/ctx/disclosure/documents/7?a=1&amp;b=2">&lt;b&gt;&quot;<em>通知</em>&quot;</a></h3>
                <p class="search-snippet">关于<em>通知</em>的说明</p>
                <p class="search-meta">
                <span class="badge search-type">政府信息</span>
                <span>索引号 11361199-2026-00007</span>
                <span>梅政发〔2026〕1号&lt;i&gt;</span>
                <span>梅林镇人民政府 &amp; &quot;办&quot;</span>
                <span>公开日期 2026-03-02</span>
                <span class="badge">有效</span>
                </p>
                </li>
                <li>
                <h3><a href="/ctx/services/items/QX-GJJ-001"><em>公积金</em>提取</a></h3>
                <p class="search-snippet">提取条件</p>
                <p class="search-meta">
                <span class="badge search-type">办事指南</span>
                </p>
                </li>
                """);
        assertThat(ResultList.html(List.of(), path -> path)).isEmpty();
    }

    @Test
    void theVisitorsChoiceIsMarkedAndEveryValueAndLabelEscaped() {
        List<Choice> choices = List.of(new Choice("A\"1", "甲<乙>"), new Choice("B", "丙&丁"));

        assertThat(Options.options(choices, "B")).isEqualTo("""
                <option value="A&quot;1">甲&lt;乙&gt;</option>
                <option value="B" selected="selected">丙&amp;丁</option>
                """);
        assertThat(Options.options(choices, null)).doesNotContain("selected");
        assertThat(Options.options(choices, " B")).doesNotContain("selected");
        assertThat(Options.radios("type", choices, "A\"1")).isEqualTo("""
                <label><input type="radio" name="type" value="A&quot;1" checked="checked"> <span>甲&lt;乙&gt;</span></label>
                <label><input type="radio" name="type" value="B"> <span>丙&amp;丁</span></label>
                """);
    }
}
