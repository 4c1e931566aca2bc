package cn.fazhi.enforcement;

/**
 * The coercive measures of 行政强制法 Art. 9: 查封 (SEAL), 扣押 (SEIZE), 冻结 (FREEZE), 限制人身自由 (RESTRICT_LIBERTY,
 * recorded only) and others. 查封、扣押 and 冻结 run for a period (Arts. 25, 32); 查封、扣押 must be fully recorded on
 * audio-video (国办发〔2018〕118号 三(八)).
 */
public enum CoercionMeasureType {
    SEAL(true, true), SEIZE(true, true), FREEZE(true, false), RESTRICT_LIBERTY(false, false), OTHER(false, false);

    private final boolean period;
    private final boolean audioVideo;

    CoercionMeasureType(boolean period, boolean audioVideo) {
        this.period = period;
        this.audioVideo = audioVideo;
    }

    /** Whether the measure runs for the 30 (+30) day period of Arts. 25 and 32 and needs a decision before it ends. */
    public boolean hasPeriod() {
        return period;
    }

    /** Whether the act must be recorded on audio-video in full (118号 三(八)). */
    public boolean audioVideoRequired() {
        return audioVideo;
    }
}
