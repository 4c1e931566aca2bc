package cn.fazhi.identity;

import java.time.OffsetDateTime;

/** A freshly issued bearer token; the secret is shown once and stored only as its SM3 digest. */
public record IssuedToken(long id, String token, OffsetDateTime expiresAt) implements java.io.Serializable {}
