package cn.fazhi.mediation;

import java.time.LocalDate;

/** A village joint deliberation (合议共管) recorded on a village-contract dispute. */
public record DeliberationView(long id, LocalDate heldOn, String participants, String resolution, String recordedBy) {}
