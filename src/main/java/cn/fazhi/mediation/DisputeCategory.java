package cn.fazhi.mediation;

/** Kinds of civil disputes; VILLAGE_CONTRACT disputes are handled with the village's joint deliberation (合议共管). */
public enum DisputeCategory {
    MARRIAGE_FAMILY, NEIGHBOUR, CONTRACT, VILLAGE_CONTRACT, LAND_FOREST, LAND_ACQUISITION, LABOUR, MEDICAL, TRAFFIC,
    CONSUMER, OTHER
}
