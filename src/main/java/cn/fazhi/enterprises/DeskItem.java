package cn.fazhi.enterprises;

import java.time.LocalDate;

/**
 * One of an enterprise's items on its desk page (a policy application, a request, a complaint): {@code caseType} the
 * kernel case type, {@code statusKey} the message key of its status, {@code finished} whether it can be rated,
 * {@code unitId} the unit responsible (a bad rating raises a problem there), {@code on} its business date (filing),
 * {@code path} its portal page.
 */
public record DeskItem(String caseType, long id, String caseNumber, String title, String statusKey, boolean finished,
        Long unitId, String unitName, LocalDate on, String path) {}
