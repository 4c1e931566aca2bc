package cn.fazhi.supervision;

/** The result of inspecting one drawn entity. */
public enum RandomResultOutcome {
    /** 未发现问题（合格）. */
    PASSED,
    /** 责令整改: a deadline, then the follow-up re-inspection. */
    ORDERED_TO_RECTIFY,
    /** 移交立案: an enforcement penalty case is registered against the entity. */
    TRANSFERRED,
    /** 未发现（查无下落、已注销等）: the entity could not be inspected. */
    NOT_FOUND
}
