package org.doorstep.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The search parameters as the page links and shows them. */
class SearchParamsTest {

    @Test
    void anotherPageKeepsEveryParameterAsSentEscapedAsThymeleafDid() {
        SearchParams params = new SearchParams("政务 公开'&=+;/?", "361199101000", null, "", null, null, null,
                "梅府发", "DATE", "1", "DOCUMENT");

        // the same address the template's @{/search(q=...,page=...)} wrote before (checked against its output)
        assertThat(params.pageLink(2)).isEqualTo("/search?q=%E6%94%BF%E5%8A%A1%20%E5%85%AC%E5%BC%80'%26%3D%2B;/?"
                + "&division=361199101000&node=&publisher=&from=&to=&validity=&number=%E6%A2%85%E5%BA%9C%E5%8F%91"
                + "&sort=DATE&type=DOCUMENT&page=2");
    }

    @Test
    void aRequestIsReadAsSpringsBindingReadIt() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
        request.addParameter("q", "公开", "政务");
        request.addParameter("division", "");
        request.addParameter("page", "2");

        // a name sent twice: its values joined by commas, as the data binder converts them to one text
        assertThat(SearchParams.of(request)).isEqualTo(new SearchParams("公开,政务", "", null, null, null, null, null,
                null, null, "2", null));
    }

    @Test
    void theFiltersOpenWhenOneInsideThemIsSet() {
        assertThat(new SearchParams("公开", null, null, null, null, null, null, null, null, null, "GUIDE")
                .filtersOpen()).isFalse();
        assertThat(new SearchParams("公开", " ", null, null, "", null, null, null, null, null, null)
                .filtersOpen()).isFalse();
        assertThat(new SearchParams("公开", null, null, null, null, "2026-03-01", null, null, null, null, null)
                .filtersOpen()).isTrue();
        assertThat(new SearchParams("公开", null, null, null, null, null, null, null, "DATE", null, null)
                .filtersOpen()).isTrue();
    }
}
