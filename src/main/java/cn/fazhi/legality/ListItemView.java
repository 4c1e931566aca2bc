package cn.fazhi.legality;

/** One item of a public list. {@code handling} only for the certificate list. */
public record ListItemView(long id, ListKind kind, String code, String name, String department, String basis,
        CertificateHandling handling) {}
