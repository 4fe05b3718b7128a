package org.doorstep.web;

/** What a cached portal page is made of, so that a change drops exactly the pages that show it. */
public enum PageSource {
    /** Governments' catalogues and published documents (政务公开). */
    DISCLOSURE,
    /** Service items, their implementation lists and 一件事 bundles (办事指南). */
    SERVICES,
    /** Names of divisions, departments and venues shown on those pages. */
    ORGANIZATION
}
