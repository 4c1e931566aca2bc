package cn.fazhi.audit;

import java.time.LocalDate;

/** Search criteria for the trail; every field is optional. */
public record AuditQuery(String actor, String action, String targetType, String targetId, LocalDate from,
        LocalDate to, int page, int size) {

    public AuditQuery {
        page = Math.max(page, 0);
        size = size <= 0 || size > 200 ? 50 : size;
    }

    public static AuditQuery byActor(String actor, int size) {
        return new AuditQuery(actor, null, null, null, null, null, 0, size);
    }
}
