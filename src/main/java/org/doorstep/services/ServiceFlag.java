package org.doorstep.services;

/** The service-mode flags of an item (the "四办" of seed 002, plus 通办, 免证办 and 秒批). */
public enum ServiceFlag {
    IMMEDIATE("马上办"),
    ONLINE("网上办"),
    NEARBY("就近办"),
    SINGLE_VISIT("一次办"),
    COUNTY_WIDE("全县通办"),
    CROSS_REGION("跨域通办"),
    CERTIFICATE_FREE("免证办"),
    INSTANT_APPROVAL("秒批");

    private final String label;

    ServiceFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
