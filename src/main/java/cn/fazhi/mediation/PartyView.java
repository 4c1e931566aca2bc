package cn.fazhi.mediation;

/** A party as staff see it: identifier and phone masked. */
public record PartyView(long id, PartyRole role, PartyKind kind, String name, String identifierMasked,
        String phoneMasked) {}
