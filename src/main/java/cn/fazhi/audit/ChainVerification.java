package cn.fazhi.audit;

/**
 * Result of verifying the audit chain: intact, or the first sequence number found broken and what was wrong there
 * ({@code firstBrokenSeq} is null only when the checkpoint file itself was tampered with).
 */
public record ChainVerification(boolean intact, long rowsChecked, Long firstBrokenSeq, Problem problem) {

    public enum Problem {
        /** A row does not match its keyed hash, or does not link to the row before it, or is missing. */
        ROW,
        /** The chain head does not name the last row. */
        HEAD,
        /** The database holds fewer rows than a checkpoint outside it recorded: the tail was deleted. */
        TRUNCATED,
        /** A row at a checkpoint's sequence number has another hash than recorded: rewritten since. */
        CHECKPOINT,
        /** A line of the checkpoint file is malformed or fails its signature. */
        CHECKPOINT_FILE
    }

    static ChainVerification intact(long rowsChecked) {
        return new ChainVerification(true, rowsChecked, null, null);
    }

    static ChainVerification broken(long rowsChecked, Long seq, Problem problem) {
        return new ChainVerification(false, rowsChecked, seq, problem);
    }
}
