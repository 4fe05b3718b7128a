package org.doorstep.search.web;

import java.util.List;
import java.util.Map;

import org.doorstep.disclosure.CatalogueNode;
import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.Validity;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.NotFoundException;
import org.doorstep.search.SearchIndex;
import org.doorstep.search.SearchQuery;
import org.doorstep.search.SearchSort;
import org.doorstep.search.SearchType;
import org.doorstep.search.internal.DocumentIndexer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The portal's search page; works without scripts (filters are a plain GET form). */
@Controller
class SearchPortalController {

    private final SearchIndex index;
    private final Disclosure disclosure;
    private final DocumentIndexer indexer;

    SearchPortalController(SearchIndex index, Disclosure disclosure, DocumentIndexer indexer) {
        this.index = index;
        this.disclosure = disclosure;
        this.indexer = indexer;
    }

    @GetMapping("/search")
    String search(@ModelAttribute("params") SearchParams params, Model model) {
        model.addAttribute("governments", disclosure.governments());
        model.addAttribute("validities", Validity.values());
        model.addAttribute("sorts", SearchSort.values());
        model.addAttribute("types", SearchType.values());
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
        model.addAttribute("nodes", nodes);
        model.addAttribute("publishers", publishers);
        if (params.isBlank()) {
            return "search/search";
        }
        try {
            SearchQuery query = params.toQuery();
            model.addAttribute("query", query);
            model.addAttribute("results", index.search(query));
        } catch (FieldErrors.InvalidFieldsException e) {
            model.addAttribute("errors", e.errors());
        } catch (InvalidInputException e) {
            model.addAttribute("errors", Map.of(e.field() == null ? "q" : e.field(), e.getMessage()));
        }
        return "search/search";
    }
}
