package cn.fazhi.supervision;

import java.time.LocalDate;

/**
 * An inspector of the pool as pages and the API show it: the phone only masked; {@code username}: the linked account;
 * {@code missions}: the missions joined (not cancelled), derived.
 */
public record OverseerView(long id, String name, OverseerKind kind, String affiliation, String phoneMasked, Long userId,
        String username, LocalDate appointedOn, String appointmentDoc, LocalDate termEndsOn, LocalDate dismissedOn,
        OverseerStatus status, long missions, int version) {}
