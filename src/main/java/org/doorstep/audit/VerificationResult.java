package org.doorstep.audit;

/**
 * The outcome of walking the audit chain and comparing it with the signed checkpoints.
 *
 * @param valid no defect was found
 * @param checked the number of entries examined, including the broken one
 * @param firstBrokenId the entry at which the chain first fails, or null if valid (or if only a checkpoint file is bad)
 * @param defect what kind of failure, or null if valid
 * @param problem the failure explained in Chinese for the administrator, or null if valid
 * @param checkpoints the number of signed checkpoints the chain was compared with
 * @param checkpointFile the checkpoint file that disagrees with the chain (or is itself bad), or null
 */
public record VerificationResult(boolean valid, long checked, Long firstBrokenId, Defect defect, String problem,
        int checkpoints, String checkpointFile) {

    public enum Defect {
        /** The entry's fields no longer give its stored hash: changed, or recomputed without the audit key. */
        HASH_MISMATCH,
        /** The entry does not link to the one before it: entries in between were removed, or the one before rewritten. */
        CHAIN_BROKEN,
        /** The chain head names a last entry that no longer exists: entries were cut off the end. */
        TAIL_MISSING,
        /** The chain head and the last entries disagree: entries added or rewritten past the audit module. */
        HEAD_MISMATCH,
        /** An entry claims the old unkeyed format where only keyed entries may be: recomputed without the key. */
        UNKEYED_ENTRY,
        /** A signed checkpoint names an entry that is gone or has another hash: truncated or rewritten. */
        CHECKPOINT_MISMATCH,
        /** A checkpoint file is unreadable or its signature is wrong: the file was forged or changed. */
        CHECKPOINT_INVALID
    }

    public static VerificationResult intact(long checked, int checkpoints) {
        return new VerificationResult(true, checked, null, null, null, checkpoints, null);
    }

    public static VerificationResult broken(long checked, Long firstBrokenId, Defect defect, String problem) {
        return new VerificationResult(false, checked, firstBrokenId, defect, problem, 0, null);
    }

    public VerificationResult at(int checkpointsCompared, String file) {
        return new VerificationResult(valid, checked, firstBrokenId, defect, problem, checkpointsCompared, file);
    }
}
