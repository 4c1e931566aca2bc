package cn.fazhi.legality;

/**
 * Where the decision was taken. Only the 常务会议 (EXECUTIVE) and the 全体会议 (PLENARY) are collective decisions in the
 * sense of 《重大行政决策程序暂行条例》 Art. 30; any other meeting (OTHER, e.g. a 专题会议) is flagged.
 */
public enum MeetingKind {
    EXECUTIVE, PLENARY, OTHER;

    public boolean collective() {
        return this == EXECUTIVE || this == PLENARY;
    }
}
