package org.doorstep.organization;

/**
 * A grid (网格): a neighbourhood of a village or community with its own grid worker.
 *
 * @param code the village's 12-digit code followed by a 3-digit number, e.g. {@code 361199001001001}
 */
public record Grid(String code, String name, String villageCode) {
}
