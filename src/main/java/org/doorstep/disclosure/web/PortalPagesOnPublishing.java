package org.doorstep.disclosure.web;

import org.doorstep.disclosure.CatalogueChanged;
import org.doorstep.disclosure.DocumentPublished;
import org.doorstep.disclosure.DocumentRevised;
import org.doorstep.disclosure.DocumentWithdrawn;
import org.doorstep.web.PageSource;
import org.doorstep.web.RenderedPages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Cached 政务公开 pages (documents, catalogues, nodes, feeds) are dropped once a publication, revision, withdrawal or
 * catalogue change has committed, in the thread that made it: the officer's next look already shows it. Drafts and
 * review steps change no public page.
 */
@Component
class PortalPagesOnPublishing {

    private final RenderedPages pages;

    PortalPagesOnPublishing(RenderedPages pages) {
        this.pages = pages;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DocumentPublished event) {
        pages.changed(PageSource.DISCLOSURE);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DocumentRevised event) {
        pages.changed(PageSource.DISCLOSURE);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DocumentWithdrawn event) {
        pages.changed(PageSource.DISCLOSURE);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CatalogueChanged event) {
        pages.changed(PageSource.DISCLOSURE);
    }
}
