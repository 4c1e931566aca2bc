package cn.fazhi.legality;

/**
 * The lists the office keeps and publishes: the certificate requirements (CERTIFICATE, 证明事项清单), whose items say
 * whether the certificate is kept or replaced by notification and commitment. The three catalogues the 2023 report
 * names (政务服务事项基本目录, 行政许可事项清单, 中介服务事项清单) were lists here too; they are now views of the service
 * items (module services, V107 moved their rows) and their old addresses redirect there ({@link #movedToServices}).
 */
public enum ListKind {
    CERTIFICATE;

    /** The path segments of the former catalogue lists, now the services module's catalogues of the same slug. */
    private static final java.util.Set<String> MOVED = java.util.Set.of("service", "licence", "intermediary");

    /** Whether {@code slug} named one of the catalogues that are now views of the service items. */
    public static boolean movedToServices(String slug) {
        return MOVED.contains(slug);
    }

    /** Only the certificate list says how each item is handled. */
    public boolean hasHandling() {
        return this == CERTIFICATE;
    }

    /** The lower-case path segment, e.g. {@code /public/lists/certificate}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ListKind ofSlug(String slug) {
        for (ListKind k : values()) {
            if (k.slug().equals(slug)) {
                return k;
            }
        }
        throw cn.fazhi.platform.web.UserFacingException.notFound("error.notFound");
    }
}
