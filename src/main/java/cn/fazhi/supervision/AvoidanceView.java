package cn.fazhi.supervision;

import java.time.LocalDate;

/** A declared relation (回避) between an inspector and an entity: the pair is never drawn. */
public record AvoidanceView(long id, long officerId, String officerName, long unitId, long entityId, String uscc,
        String entityName, AvoidanceReason reason, String note, LocalDate declaredOn, String createdBy) {}
