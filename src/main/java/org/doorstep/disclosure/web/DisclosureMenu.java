package org.doorstep.disclosure.web;

import java.util.List;

import org.doorstep.web.ConsoleMenuContributor;
import org.springframework.stereotype.Component;

/** "政务公开" in the console menu for disclosure officers and confidentiality reviewers. */
@Component
class DisclosureMenu implements ConsoleMenuContributor {

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem("政务公开", "/console/disclosure", "DOCUMENT_VIEW", 300));
    }
}
