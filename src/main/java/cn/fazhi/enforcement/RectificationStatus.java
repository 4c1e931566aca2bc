package cn.fazhi.enforcement;

import java.util.EnumSet;
import java.util.Set;

/**
 * A rectification task's state, and the table of what may happen in each: the unit reports (OPEN or OVERDUE →
 * REPORTED), the supervisor accepts (REPORTED → ACCEPTED) or returns it (REPORTED → OPEN, or OVERDUE when the
 * deadline has passed), the daily job marks an OPEN task past its deadline OVERDUE. ACCEPTED is final.
 */
public enum RectificationStatus {
    OPEN, REPORTED, ACCEPTED, OVERDUE;

    /** A step of a task: the states it may start from and the permission it needs ({@code null}: the system job). */
    public enum Step {
        REPORT(EnumSet.of(OPEN, OVERDUE), EnforcementPermissions.HANDLE),
        ACCEPT(EnumSet.of(REPORTED), EnforcementPermissions.SUPERVISE),
        RETURN(EnumSet.of(REPORTED), EnforcementPermissions.SUPERVISE),
        MARK_OVERDUE(EnumSet.of(OPEN), null);

        private final Set<RectificationStatus> from;
        private final String permission;

        Step(Set<RectificationStatus> from, String permission) {
            this.from = from;
            this.permission = permission;
        }

        public boolean allowedFrom(RectificationStatus status) {
            return from.contains(status);
        }

        public String permission() {
            return permission;
        }
    }

    /** Steps a person holding {@code permissions} may take now (for pages and the API). */
    public java.util.List<Step> available(java.util.Collection<String> permissions) {
        return java.util.Arrays.stream(Step.values())
                .filter(s -> s.permission != null && s.allowedFrom(this) && permissions.contains(s.permission)).toList();
    }
}
