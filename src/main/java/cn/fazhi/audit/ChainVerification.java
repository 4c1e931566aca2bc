package cn.fazhi.audit;

/** Result of re-computing the SM3 chain: intact, or the first sequence number whose row does not match. */
public record ChainVerification(boolean intact, long rowsChecked, Long firstBrokenSeq) {}
