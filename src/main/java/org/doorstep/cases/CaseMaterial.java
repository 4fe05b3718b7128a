package org.doorstep.cases;

import java.time.Instant;

/**
 * One material given for a case: an uploaded file (by its content hash) or a paper original checked at the window.
 */
public record CaseMaterial(String name, String sha256, String fileName, String fileTypeLabel, long size, boolean paper,
        Instant givenAt) {
}
