package cn.fazhi.oneform;

/** Whether a person is on the register: active, deceased (死亡) or removed (迁出、注销). */
public enum PersonStatus {
    ACTIVE, DECEASED, REMOVED
}
