package org.doorstep.web;

/**
 * The rendered-page cache as the modules see it: they call {@link #changed} after a change of what portal pages show
 * has committed (a document published, revised or withdrawn, a guide edited). This node's implementation drops its
 * pages of that source; a cluster's also tells the other nodes.
 */
public interface RenderedPages {

    void changed(PageSource source);
}
