package cn.fazhi.enforcement;

/** Where a decision's publication (事后公开) stands: waiting, on the portal, or taken down. */
public enum PublicationStatus { PENDING, PUBLISHED, WITHDRAWN }
