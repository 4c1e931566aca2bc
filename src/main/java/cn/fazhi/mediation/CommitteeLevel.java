package cn.fazhi.mediation;

/** District, township or village (community) mediation committee. */
public enum CommitteeLevel {
    DISTRICT, TOWNSHIP, VILLAGE
}
