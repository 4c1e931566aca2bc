package cn.fazhi.enforcement;

/** Why a decision was later annulled (处罚法 Art. 48: the publication is withdrawn): 变更, 撤销, 确认违法, 确认无效. */
public enum PenaltyAnnulGround { CHANGED, REVOKED, UNLAWFUL, VOID }
