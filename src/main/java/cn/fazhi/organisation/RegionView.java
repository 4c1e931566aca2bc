package cn.fazhi.organisation;

/** A region as other modules see it. */
public record RegionView(String code, String name, RegionLevel level, String parentCode) {

    /** The 9-digit township code this region lies in, or null above township level. */
    public String townshipCode() {
        return code.length() >= 9 ? code.substring(0, 9) : null;
    }
}
