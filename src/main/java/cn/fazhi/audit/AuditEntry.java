package cn.fazhi.audit;

/**
 * What a module asks the trail to record. {@code actor} and client address are taken from the current request unless
 * given (e.g. a failed login names the username tried).
 */
public record AuditEntry(String action, String targetType, String targetId, String detail, boolean success,
        String actor) {

    public static AuditEntry of(String action, String targetType, Object targetId, String detail) {
        return new AuditEntry(action, targetType, targetId == null ? null : String.valueOf(targetId), detail, true, null);
    }

    public AuditEntry failed() {
        return new AuditEntry(action, targetType, targetId, detail, false, actor);
    }

    public AuditEntry by(String who) {
        return new AuditEntry(action, targetType, targetId, detail, success, who);
    }
}
