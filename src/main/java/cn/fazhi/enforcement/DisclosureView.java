package cn.fazhi.enforcement;

import java.util.List;

/**
 * 事前公开 (国办发〔2018〕118号 二(四)): an enforcement body as the public sees it — its kind, legal basis, areas, the
 * entrusting unit of an entrusted body, how many of its officers hold a certificate valid today, and its matters with
 * their basis, procedure and remedies.
 */
public record DisclosureView(long id, String name, String unitName, String kind, String entrustingUnitName,
        String legalBasis, String areas, long certifiedOfficers, List<Matter> matters) {

    /** One matter of the power list (执法事项). */
    public record Matter(long id, String code, String name, String category, String legalBasis, String procedure,
            String remedies) {}
}
