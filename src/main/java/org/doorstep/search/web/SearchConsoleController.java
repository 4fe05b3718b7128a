package org.doorstep.search.web;

import jakarta.servlet.http.HttpServletResponse;

import org.doorstep.search.SearchIndex;
import org.doorstep.search.SearchRebuildStarted;
import org.springframework.context.ApplicationEventPublisher;
import org.doorstep.search.internal.DocumentIndexer;
import org.doorstep.search.internal.IndexStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The administrator's view of the search index: its size against the database, and a rebuild with progress. */
@Controller
@PreAuthorize("hasAuthority('SEARCH_ADMIN')")
class SearchConsoleController {

    static final String ROOT = "/console/search";

    private final SearchIndex index;
    private final DocumentIndexer indexer;
    private final ApplicationEventPublisher events;

    SearchConsoleController(SearchIndex index, DocumentIndexer indexer, ApplicationEventPublisher events) {
        this.index = index;
        this.indexer = indexer;
        this.events = events;
    }

    @GetMapping(ROOT)
    String page(Model model, HttpServletResponse response) {
        IndexStatus status = indexer.status();
        if (status.running()) {
            response.setHeader("Refresh", "2"); // progress without scripts: the browser reloads the page
        }
        model.addAttribute("status", status);
        model.addAttribute("indexed", index.size());
        if (!status.running()) {
            model.addAttribute("difference", indexer.compare());
        }
        return "search/console";
    }

    /** Progress as JSON, for a page that updates in place. */
    @GetMapping(ROOT + "/progress")
    @ResponseBody
    IndexStatus progress() {
        return indexer.status();
    }

    @PostMapping(ROOT + "/rebuild")
    String rebuild() {
        events.publishEvent(new SearchRebuildStarted(index.size()));
        indexer.startRebuild();
        return "redirect:" + ROOT;
    }
}
