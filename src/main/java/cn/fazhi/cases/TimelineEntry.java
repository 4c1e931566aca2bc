package cn.fazhi.cases;

import java.time.OffsetDateTime;

/** One step in a case's history. {@code action} is a message-key suffix the case type's bundle names. */
public record TimelineEntry(long id, OffsetDateTime occurredAt, String actor, String action, String detail) {

    /** The message key naming a non-person actor (the public portal, the system), or null for a user. */
    public String actorKey() {
        return cn.fazhi.platform.security.Actors.PUBLIC.equals(actor) || cn.fazhi.platform.security.Actors.SYSTEM.equals(actor)
                ? "cases.actor." + actor : null;
    }
}
