package cn.fazhi.legality;

/** A step of a major decision: DONE (with its date) or EXEMPT (with the reason the regulation allows). */
public enum StepState {
    DONE, EXEMPT
}
