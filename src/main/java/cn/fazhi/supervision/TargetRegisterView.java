package cn.fazhi.supervision;

import java.time.LocalDate;

/** A market entity of the register of inspection targets (检查对象名录库). */
public record TargetRegisterView(long id, String uscc, String name, String industryCode, String regionCode,
        String regionName, String address, TargetRegisterRisk riskLevel, TargetRegisterStatus status,
        LocalDate registeredOn, int version) {}
