package cn.fazhi.enforcement;

/** Where an inspection record stands: OPEN (recorded, result pending) → CONCLUDED | CANCELLED ({@link Inspection#TABLE}). */
public enum InspectionStatus { OPEN, CONCLUDED, CANCELLED }
