package org.doorstep.disclosure.web;

import org.doorstep.disclosure.Disclosure;
import org.doorstep.web.PortalHomeContributor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** 通知公告 / 最新公开 on the portal home page: one page of the newest published documents, never the whole table. */
@Component
class LatestDocumentsOnHome implements PortalHomeContributor {

    static final int SHOWN = 8;

    private final Disclosure disclosure;

    LatestDocumentsOnHome(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    @Override
    public void contribute(Model model) {
        model.addAttribute("latestDocuments", disclosure.publicDocuments(null, 1, SHOWN).items());
    }
}
