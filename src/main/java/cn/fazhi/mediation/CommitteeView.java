package cn.fazhi.mediation;

/** A people's mediation committee and the governance-centre unit that takes in its disputes. */
public record CommitteeView(long id, String name, CommitteeLevel level, String regionCode, long unitId,
        boolean active) {

    /** Whether this committee may mediate a dispute in {@code townshipCode}: the district one anywhere. */
    public boolean serves(String townshipCode) {
        return level == CommitteeLevel.DISTRICT || townshipCode != null && regionCode.startsWith(townshipCode);
    }
}
