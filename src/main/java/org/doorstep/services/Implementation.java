package org.doorstep.services;

import org.doorstep.organization.VenueLevel;

/** One line of an implementation list (实施清单): the unit and venue level that carry an item out. */
public record Implementation(String itemCode, String unitCode, VenueLevel venueLevel) {
}
