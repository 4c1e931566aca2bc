package cn.fazhi.supervision;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** A market entity as the office enters or imports it (the USCC is the key of the upsert). */
public record TargetRegisterCommand(String uscc, String name, String industryCode, String regionCode, String address,
        TargetRegisterRisk riskLevel, TargetRegisterStatus status,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredOn) {}
