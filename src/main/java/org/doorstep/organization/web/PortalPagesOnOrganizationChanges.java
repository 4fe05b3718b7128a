package org.doorstep.organization.web;

import org.doorstep.organization.DepartmentSaved;
import org.doorstep.organization.DivisionSaved;
import org.doorstep.organization.OrganizationImported;
import org.doorstep.organization.VenueSaved;
import org.doorstep.web.PageSource;
import org.doorstep.web.RenderedPages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Cached portal pages that name divisions, departments or venues are dropped once such a name has changed. */
@Component
class PortalPagesOnOrganizationChanges {

    private final RenderedPages pages;

    PortalPagesOnOrganizationChanges(RenderedPages pages) {
        this.pages = pages;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DivisionSaved event) {
        pages.changed(PageSource.ORGANIZATION);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DepartmentSaved event) {
        pages.changed(PageSource.ORGANIZATION);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(VenueSaved event) {
        pages.changed(PageSource.ORGANIZATION);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrganizationImported event) {
        pages.changed(PageSource.ORGANIZATION);
    }
}
