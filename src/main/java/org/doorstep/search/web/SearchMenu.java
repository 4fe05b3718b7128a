package org.doorstep.search.web;

import java.util.List;

import org.doorstep.web.ConsoleMenuContributor;
import org.springframework.stereotype.Component;

/** "搜索索引" in the console menu for system administrators. */
@Component
class SearchMenu implements ConsoleMenuContributor {

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem("搜索索引", SearchConsoleController.ROOT, "SEARCH_ADMIN", 900));
    }
}
