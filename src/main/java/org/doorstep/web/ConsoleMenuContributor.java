package org.doorstep.web;

import java.util.List;

/** Each module adds its console pages to the navigation through this, so the shell knows no module. */
public interface ConsoleMenuContributor {

    /**
     * @param authority the authority needed to see the item (e.g. {@code ROLE_SYSTEM_ADMIN}), or null for all staff
     */
    record MenuItem(String label, String path, String authority, int order) {
    }

    List<MenuItem> items();
}
