package cn.fazhi.errands;

/** 代购 (goods), 代缴 (a utility bill), 代办 (a service item). */
public enum ErrandKind {
    PURCHASE, PAYMENT, SERVICE
}
