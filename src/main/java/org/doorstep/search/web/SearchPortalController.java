package org.doorstep.search.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.doorstep.disclosure.CatalogueNode;
import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.Validity;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.NotFoundException;
import org.doorstep.search.SearchIndex;
import org.doorstep.search.SearchResults;
import org.doorstep.search.SearchSort;
import org.doorstep.search.SearchType;
import org.doorstep.search.internal.DocumentIndexer;
import org.doorstep.search.web.Options.Choice;
import org.doorstep.web.PortalChrome;
import org.doorstep.web.WholePages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.View;

/**
 * The portal's search page; works without scripts (filters are a plain GET form). Asked for as often as the search
 * API, so the parts repeated per hit or per choice are written in Java ({@link ResultList}, {@link Options}) and the
 * portal's chrome is rendered once for visitors who are not signed in ({@link PortalChrome}); the page is sent whole
 * ({@link WholePages}).
 */
@Controller
class SearchPortalController {

    private static final List<Choice> VALIDITIES = Arrays.stream(Validity.values())
            .map(v -> new Choice(v.name(), v.label())).toList();
    private static final List<Choice> SORTS = Arrays.stream(SearchSort.values())
            .map(s -> new Choice(s.name(), s.label())).toList();
    private static final List<Choice> TYPES = Arrays.stream(SearchType.values())
            .map(t -> new Choice(t.name(), t.label())).toList();

    private final SearchIndex index;
    private final Disclosure disclosure;
    private final DocumentIndexer indexer;
    private final PortalChrome chrome;
    private final WholePages pages;

    SearchPortalController(SearchIndex index, Disclosure disclosure, DocumentIndexer indexer, PortalChrome chrome,
            WholePages pages) {
        this.index = index;
        this.disclosure = disclosure;
        this.indexer = indexer;
        this.chrome = chrome;
        this.pages = pages;
    }

    @GetMapping("/search")
    View search(Model model, HttpServletRequest request, HttpServletResponse response) {
        SearchParams params = SearchParams.of(request);
        model.addAttribute("params", params);
        model.addAttribute("typeOptions", Options.radios("type", TYPES, params.type()));
        model.addAttribute("governmentOptions", Options.options(disclosure.governments().stream()
                .map(g -> new Choice(g.code(), g.name())).toList(), params.division()));
        model.addAttribute("validityOptions", Options.options(VALIDITIES, params.validity()));
        model.addAttribute("sortOptions", Options.options(SORTS, params.sort()));
        model.addAttribute("rebuilding", indexer.status().writing());
        String division = params.division() == null || params.division().isBlank() ? null : params.division().strip();
        List<CatalogueNode> nodes = List.of();
        Map<String, String> publishers = Map.of();
        if (division != null && division.matches("\\d{12}")) {
            try {
                nodes = disclosure.catalogue(division);
                publishers = disclosure.publishers(division);
            } catch (NotFoundException e) {
                // reported by the query below as a government without results
            }
        }
        // Shown only when the chosen government has any.
        model.addAttribute("nodeOptions", nodes.isEmpty() ? null : Options.options(nodes.stream()
                .map(n -> new Choice(String.valueOf(n.id()), n.name())).toList(), params.node()));
        model.addAttribute("publisherOptions", publishers.isEmpty() ? null : Options.options(publishers.entrySet()
                .stream().map(p -> new Choice(p.getKey(), p.getValue())).toList(), params.publisher()));
        if (!params.isBlank()) {
            try {
                SearchResults results = index.search(params.toQuery());
                model.addAttribute("results", results);
                model.addAttribute("searchWords", results.words().isEmpty() ? null : ResultList.words(results.words()));
                model.addAttribute("resultList",
                        ResultList.html(results.hits(), path -> link(path, request, response)));
                if (results.page() > 1) {
                    model.addAttribute("previousPage", link(params.pageLink(results.page() - 1), request, response));
                }
                if (results.page() < results.pages()) {
                    model.addAttribute("nextPage", link(params.pageLink(results.page() + 1), request, response));
                }
            } catch (FieldErrors.InvalidFieldsException e) {
                model.addAttribute("errors", e.errors());
            } catch (InvalidInputException e) {
                model.addAttribute("errors", Map.of(e.field() == null ? "q" : e.field(), e.getMessage()));
            }
        }
        String title = params.q() != null && !params.q().isBlank() ? "搜索：" + params.q() : "搜索";
        model.addAttribute("chrome", chrome.portal(title, request, response, model.asMap()));
        // A page of results (15 KB) outgrows the response buffer and would go out in chunks.
        return pages.of("search/search", request);
    }

    /** A path of this site as a link on the page, as Thymeleaf's {@code @{...}} writes it. */
    private static String link(String path, HttpServletRequest request, HttpServletResponse response) {
        return response.encodeURL(request.getContextPath() + path);
    }
}
