package cn.fazhi.mediation;

/** Adds a mediator to a committee; {@code username} optionally links an existing account. */
public record MediatorForm(Long committeeId, String name, String phone, String username) {}
