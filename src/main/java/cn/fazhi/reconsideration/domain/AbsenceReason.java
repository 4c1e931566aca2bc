package cn.fazhi.reconsideration.domain;

/**
 * The grounds on which a head may not appear (最高法《关于行政机关负责人出庭应诉若干问题的规定》2020 Art. 8):
 * 不可抗力, 意外事件, 需要履行他人不能代替的公务, 其他正当事由 — each to be supported by proof.
 */
public enum AbsenceReason { FORCE_MAJEURE, ACCIDENT, IRREPLACEABLE_DUTY, OTHER_JUSTIFIED }
