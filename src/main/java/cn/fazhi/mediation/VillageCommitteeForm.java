package cn.fazhi.mediation;

/** Sets up a village (community) mediation committee: the village's 12-digit code and the committee's name. */
public record VillageCommitteeForm(String villageCode, String name) {}
