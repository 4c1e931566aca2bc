package cn.fazhi.mediation;

/** A mediator (人民调解员) as staff see them; the phone is masked; {@code demo}: registered by the demo data. */
public record MediatorView(long id, long committeeId, String committeeName, String name, String phoneMasked,
        Long userId, boolean active, boolean demo) {}
