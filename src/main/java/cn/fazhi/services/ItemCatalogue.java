package cn.fazhi.services;

/**
 * The three catalogues, each a view of the service items in force: 政务服务事项基本目录 (SERVICE: every item),
 * 行政许可事项清单 (LICENCE: the licences), 中介服务事项清单 (INTERMEDIARY: the intermediary services).
 */
public enum ItemCatalogue {
    SERVICE, LICENCE, INTERMEDIARY;

    /** The lower-case path segment, e.g. {@code /public/services/catalogues/licence}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ItemCatalogue ofSlug(String slug) {
        for (ItemCatalogue c : values()) {
            if (c.slug().equals(slug)) {
                return c;
            }
        }
        throw cn.fazhi.platform.web.UserFacingException.notFound("error.notFound");
    }

    /** The SQL condition on the version (alias {@code v}) that puts an item in this catalogue. */
    String condition() {
        return switch (this) {
            case SERVICE -> "TRUE";
            case LICENCE -> "v.item_type = 'LICENCE'";
            case INTERMEDIARY -> "v.item_type = 'INTERMEDIARY'";
        };
    }
}
