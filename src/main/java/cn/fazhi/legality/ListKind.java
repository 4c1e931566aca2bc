package cn.fazhi.legality;

/**
 * The lists the office keeps and publishes: 政务服务事项基本目录 (SERVICE), 行政许可事项清单 (LICENCE), 中介服务事项清单
 * (INTERMEDIARY) — the three catalogues the 2023 report names — and the certificate requirements (CERTIFICATE,
 * 证明事项清单), whose items say whether the certificate is kept or replaced by notification and commitment.
 */
public enum ListKind {
    SERVICE, LICENCE, INTERMEDIARY, CERTIFICATE;

    /** Only the certificate list says how each item is handled. */
    public boolean hasHandling() {
        return this == CERTIFICATE;
    }

    /** The lower-case path segment, e.g. {@code /public/lists/service}. */
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
