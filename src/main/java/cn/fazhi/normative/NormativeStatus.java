package cn.fazhi.normative;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a normative document stands. The allowed moves between these states are the transition table
 * {@link NormativeDocument#TABLE}; every change goes through it. A document is "in force on a date" by its dates (effective, and not yet stopped), not by its
 * status alone; the status says what happened last.
 */
public enum NormativeStatus {
    /** 起草. */
    DRAFTING,
    /** 公开征求意见 (comment period recorded). */
    PUBLIC_COMMENT,
    /** 合法性审核 by the justice bureau or a legal adviser. */
    LEGALITY_REVIEW,
    /** 集体审议决定 (after a passed review). */
    COLLECTIVE_DECISION,
    /** 签署并公布. */
    PUBLISHED,
    /** 报送备案 with the next level. */
    FILED,
    /** 施行中. */
    IN_FORCE,
    /** 已修改: a later version (amending document) took its place. */
    AMENDED,
    /** 已废止. */
    ABOLISHED,
    /** 宣布失效. */
    VOID,
    /** 有效期届满失效. */
    EXPIRED;

    /** Issued documents: signed and published, whatever happened to them since. */
    public boolean issued() {
        return ordinal() >= PUBLISHED.ordinal();
    }

    /** Statuses a cleanup campaign may review: issued and not yet ended by amendment, abolition or voiding. */
    public static Set<NormativeStatus> cleanable() {
        return EnumSet.of(PUBLISHED, FILED, IN_FORCE, EXPIRED);
    }
}
