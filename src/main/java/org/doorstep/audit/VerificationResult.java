package org.doorstep.audit;

/**
 * The outcome of walking the audit chain.
 *
 * @param valid no defect was found
 * @param checked the number of entries examined, including the broken one
 * @param firstBrokenId the entry at which the chain first fails, or null if valid
 * @param defect what kind of failure, or null if valid
 * @param problem the failure explained in Chinese for the administrator, or null if valid
 */
public record VerificationResult(boolean valid, long checked, Long firstBrokenId, Defect defect, String problem) {

    public enum Defect {
        /** The entry's fields no longer give its stored hash: the entry was changed. */
        HASH_MISMATCH,
        /** The entry does not link to the one before it: entries in between were removed, or the one before rewritten. */
        CHAIN_BROKEN,
        /** The chain head names a last entry that no longer exists: entries were cut off the end. */
        TAIL_MISSING,
        /** The chain head and the last entries disagree: entries added or rewritten past the audit module. */
        HEAD_MISMATCH
    }

    public static VerificationResult intact(long checked) {
        return new VerificationResult(true, checked, null, null, null);
    }

    public static VerificationResult broken(long checked, long firstBrokenId, Defect defect, String problem) {
        return new VerificationResult(false, checked, firstBrokenId, defect, problem);
    }
}
