package cn.fazhi.legality.events;

/** A public list (catalogue or certificate list) was published, or withdrawn from the portal when not published. */
public record ListPublished(String kind, String edition, boolean published, int items) {}
