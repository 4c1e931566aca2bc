package cn.fazhi.mediation;

/** A party with identifier and phone in full, for printing a document; reading it is audited. */
public record PartyDetails(PartyRole role, PartyKind kind, String name, String identifier, String phone) {}
