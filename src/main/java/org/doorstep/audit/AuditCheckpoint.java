package org.doorstep.audit;

import java.time.Instant;

/**
 * A signed checkpoint of the chain head as written: the file in the checkpoint folder, the last entry and its hash.
 */
public record AuditCheckpoint(String file, long sequence, String headHash, Instant createdAt) {
}
