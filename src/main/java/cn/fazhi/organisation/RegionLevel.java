package cn.fazhi.organisation;

/** Levels of the administrative division hierarchy; OTHER covers NBS statistical units that are not townships. */
public enum RegionLevel {
    PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE, OTHER
}
