package cn.fazhi.learning;

/** The kind of a lecture or study session: 区委理论学习中心组学法讲座, 政府常务会议会前学法, 单位领导班子法治专题讲座, other study. */
public enum LectureKind {
    CENTRAL_GROUP, GOV_STANDING, UNIT_LEADERSHIP, OTHER
}
