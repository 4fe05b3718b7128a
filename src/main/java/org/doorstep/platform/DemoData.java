package org.doorstep.platform;

/**
 * A module's share of the demo county. Contributions run once, in {@link #order()}, on the first start of a
 * platform that loads demo data (see {@link DoorstepProperties#loadDemo()}), each in its own transaction.
 */
public interface DemoData {

    /** Lower runs first: organization 100, accounts 200, later modules 300+. */
    int order();

    /** A stable name recorded once the contribution is loaded, so it never loads twice. */
    String name();

    void load();
}
