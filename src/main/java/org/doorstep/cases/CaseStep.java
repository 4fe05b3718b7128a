package org.doorstep.cases;

import java.time.Instant;

/** One line of a case's timeline: who (and which unit) did what, when, with what note. */
public record CaseStep(Instant at, String actor, String actorUnit, String action, String label, String note) {
}
