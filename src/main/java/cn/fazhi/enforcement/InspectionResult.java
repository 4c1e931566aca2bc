package cn.fazhi.enforcement;

/** The result of an inspection: 合格 (compliant), 责令整改 (ordered to rectify by a date), 立案 (a penalty case filed). */
public enum InspectionResult { COMPLIANT, RECTIFY, FILED }
