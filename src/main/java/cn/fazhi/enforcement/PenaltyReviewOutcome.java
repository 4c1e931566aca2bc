package cn.fazhi.enforcement;

/** The 法制审核 outcome (处罚法 Art. 58; 118号 四): 同意 (PASSED) or 存在问题 (ISSUES: back to the handler to resubmit). */
public enum PenaltyReviewOutcome { PASSED, ISSUES }
