package cn.fazhi.supervision;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** A relation an officer declares to an entity (by its USCC): the reason, a note (required for OTHER), the date. */
public record AvoidanceCommand(Long officerId, String uscc, AvoidanceReason reason, String note,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate declaredOn) {}
