package org.doorstep.services.web;

import org.doorstep.services.BundleSaved;
import org.doorstep.services.ServiceItemSaved;
import org.doorstep.web.PageSource;
import org.doorstep.web.RenderedPages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Cached 办事指南 pages (the service list, guides, checklists, bundles) are dropped once an edit has committed. */
@Component
class PortalPagesOnGuideChanges {

    private final RenderedPages pages;

    PortalPagesOnGuideChanges(RenderedPages pages) {
        this.pages = pages;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ServiceItemSaved event) {
        pages.changed(PageSource.SERVICES);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BundleSaved event) {
        pages.changed(PageSource.SERVICES);
    }
}
