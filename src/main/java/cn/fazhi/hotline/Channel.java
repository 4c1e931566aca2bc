package cn.fazhi.hotline;

/** How a ticket came in: by phone, the web, the app, or transferred from another hotline or body. */
public enum Channel {
    PHONE, WEB, APP, TRANSFERRED
}
