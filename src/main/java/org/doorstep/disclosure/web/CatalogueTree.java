package org.doorstep.disclosure.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.doorstep.disclosure.CatalogueNode;

/** A catalogue flattened in tree order, each node with its depth, for pages that cannot use scripts. */
record CatalogueTree(CatalogueNode node, int depth) {

    static List<CatalogueTree> flatten(List<CatalogueNode> nodes) {
        List<CatalogueTree> rows = new ArrayList<>();
        add(nodes, null, 0, rows);
        return rows;
    }

    private static void add(List<CatalogueNode> nodes, Long parent, int depth, List<CatalogueTree> rows) {
        for (CatalogueNode n : nodes) {
            if (Objects.equals(n.parentId(), parent)) {
                rows.add(new CatalogueTree(n, Math.min(depth, 4)));
                add(nodes, n.id(), depth + 1, rows);
            }
        }
    }

    /** A CSS class for the indentation (inline styles are forbidden by the CSP). */
    public String depthClass() {
        return "depth-" + depth;
    }
}
