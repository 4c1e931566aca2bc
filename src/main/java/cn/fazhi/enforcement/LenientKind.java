package cn.fazhi.enforcement;

/**
 * The four lists of 包容审慎监管 (包容审慎四张清单): 不予处罚、从轻处罚、减轻处罚 (行政处罚法 Arts. 32, 33) and
 * 不予实施行政强制措施 (行政强制法 Art. 16(2)); 纲要(2021–2025)(十六) "全面推行轻微违法行为依法免予处罚清单".
 */
public enum LenientKind {
    NOT_PUNISHED, LIGHTER, MITIGATED, NO_COERCION;

    /** The address segment of the list's page. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static LenientKind ofSlug(String slug) {
        for (LenientKind k : values()) {
            if (k.slug().equals(slug)) {
                return k;
            }
        }
        throw cn.fazhi.platform.web.UserFacingException.notFound("enforcement.discretion.lenient.notFound");
    }
}
