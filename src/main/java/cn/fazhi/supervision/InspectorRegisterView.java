package cn.fazhi.supervision;

import java.time.LocalDate;

/**
 * An inspector of the register (执法检查人员名录库): an enforcement officer holding a certificate valid today, with its
 * number, areas and expiry, and how many relations (回避) they declared.
 */
public record InspectorRegisterView(long officerId, String name, long unitId, String unitName, String post,
        String certificateNumber, String areas, LocalDate validUntil, long relations) {}
