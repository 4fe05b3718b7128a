package org.doorstep.cases;

/** What the public status check found: a single case or a 一件事 application (exactly one is set). */
public record StatusLookup(Case single, BundleApplication bundle) {
}
