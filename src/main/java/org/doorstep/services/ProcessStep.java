package org.doorstep.services;

/** One 办理流程 step: who does what, and its limit in working days (0 = same day). */
public record ProcessStep(String name, String actor, String description, int limitDays) {
}
