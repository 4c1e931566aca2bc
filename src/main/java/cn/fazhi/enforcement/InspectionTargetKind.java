package cn.fazhi.enforcement;

/** Whom an inspection concerns: an organisation (统一社会信用代码 required) or a natural person. */
public enum InspectionTargetKind { ORGANISATION, PERSON }
