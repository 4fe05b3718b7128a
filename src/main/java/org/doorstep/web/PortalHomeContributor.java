package org.doorstep.web;

import org.springframework.ui.Model;

/**
 * A module's part of the portal home page (e.g. the latest published documents), so that the shell knows no module.
 * What a contributor adds must be the same for every anonymous visitor: the home page is cached
 * ({@link CachedPage}) and dropped when one of its {@link PageSource sources} changes.
 */
public interface PortalHomeContributor {

    /** Adds the attributes the home page template reads for this part. */
    void contribute(Model model);
}
