package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the penalty case ({@code fazhi.enforcement.cases.*}); each is a rule rated medium, low or local.
 *
 * @param hearingFinePerson         "较大数额罚款" for a person (处罚法 Art. 63(1)(一)): set by provincial or departmental
 *                                  rules, Hubei's amount not confirmed (LEGAL-RULES.md §8 item 6) — 10,000 元 by default
 * @param hearingFineOrganisation   the same for an organisation, 100,000 元 by default (unconfirmed)
 * @param hearingKinds              penalty kinds that always give the right to a hearing (Art. 63(1)(二)–(四))
 * @param onTheSpotFinePerson       the on-the-spot limit for a person (Art. 51: 200 元)
 * @param onTheSpotFineOrganisation the on-the-spot limit for an organisation (Art. 51: 3,000 元)
 * @param extensionDays             the longest single extension of the 90-day period (Art. 60 "另有规定的从其规定":
 *                                  departmental rules, e.g. 市场监管 30 days) — local
 * @param maxExtensions             how many extensions a case may have — local
 */
@ConfigurationProperties("fazhi.enforcement.cases")
public record PenaltyProperties(@DefaultValue("10000") BigDecimal hearingFinePerson,
        @DefaultValue("100000") BigDecimal hearingFineOrganisation,
        @DefaultValue({"LICENCE_DOWNGRADE", "LICENCE_REVOKED", "SUSPENSION"}) List<PenaltyKind> hearingKinds,
        @DefaultValue("200") BigDecimal onTheSpotFinePerson, @DefaultValue("3000") BigDecimal onTheSpotFineOrganisation,
        @DefaultValue("30") int extensionDays, @DefaultValue("2") int maxExtensions) {

    public PenaltyProperties {
        if (extensionDays < 1 || maxExtensions < 0) {
            throw new IllegalArgumentException("fazhi.enforcement.cases extension settings must be positive");
        }
    }

    public BigDecimal hearingFine(PenaltyPartyKind party) {
        return party == PenaltyPartyKind.PERSON ? hearingFinePerson : hearingFineOrganisation;
    }

    public BigDecimal onTheSpotFine(PenaltyPartyKind party) {
        return party == PenaltyPartyKind.PERSON ? onTheSpotFinePerson : onTheSpotFineOrganisation;
    }
}
