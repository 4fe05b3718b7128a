package org.doorstep.search.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.doorstep.platform.PublicUrl;
import org.doorstep.search.SearchHit;
import org.doorstep.search.SearchIndex;
import org.doorstep.search.SearchResults;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search over published government documents and service guides. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "搜索", description = "已公开政府信息和办事指南的全文检索")
class SearchApiController {

    private final SearchIndex index;

    SearchApiController(SearchIndex index) {
        this.index = index;
    }

    /**
     * @param type    政府信息 or 办事指南
     * @param url     the document page, or the guide page
     * @param snippet the body around the matched words, HTML-escaped, matched words in {@code <em>}
     */
    record Hit(String type, String title, String url, String snippet, Instant publishedAt, String indexNumber,
            String documentNumber, String publisher, String validity) {
    }

    /**
     * @param totalExact false when {@code total} is a lower bound (more than a thousand hits)
     * @param recentOnly true when so many documents matched that the ranking covered the most recent ones only
     */
    record Results(long total, boolean totalExact, boolean recentOnly, int page, int pages, List<String> words,
            List<Hit> hits) {
    }

    @GetMapping("/search")
    @Operation(summary = "检索已公开的政府信息和办事指南：所有词语都须出现（连写的词语自动切分），可按类型、政府、栏目、发布机构、日期、效力状态、文号筛选，每页 10 条")
    Results search(
            @Parameter(description = "搜索词，空格分隔的多个词语须同时出现，最多 100 字") @RequestParam(required = false) String q,
            @Parameter(description = "页码，1 至 50") @RequestParam(required = false) String page,
            @Parameter(description = "政府的 12 位区划代码") @RequestParam(required = false) String division,
            @Parameter(description = "目录栏目编号") @RequestParam(required = false) String node,
            @Parameter(description = "发布机构代码") @RequestParam(required = false) String publisher,
            @Parameter(description = "公开日期起（YYYY-MM-DD）") @RequestParam(required = false) String from,
            @Parameter(description = "公开日期止（YYYY-MM-DD）") @RequestParam(required = false) String to,
            @Parameter(description = "效力状态：VALID、EXPIRED、REPEALED") @RequestParam(required = false) String validity,
            @Parameter(description = "文号或其一部分") @RequestParam(required = false) String number,
            @Parameter(description = "排序：RELEVANCE（默认）或 DATE") @RequestParam(required = false) String sort,
            @Parameter(description = "类型：DOCUMENT（政府信息）或 GUIDE（办事指南），默认全部") @RequestParam(required = false) String type) {
        SearchResults r = index.search(new SearchParams(q, division, node, publisher, from, to, validity, number, sort,
                page, type).toQuery());
        String base = PublicUrl.base();
        return new Results(r.total(), r.totalExact(), r.recentOnly(), r.page(), r.pages(), r.words(),
                r.hits().stream().map(h -> hit(h, base)).toList());
    }

    private static Hit hit(SearchHit h, String base) {
        return new Hit(h.type().label(), h.title(), base + h.url(), h.snippet(), h.publishedAt(), h.indexNumber(), h.documentNumber(),
                h.publisherName(), h.validity());
    }
}
