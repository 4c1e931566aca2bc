package cn.fazhi.supervision;

import java.math.BigDecimal;

/**
 * An item of the random-inspection list as its department writes it: a unique code, the name, the legal basis (no
 * inspection without one, 国办发〔2015〕58号), the inspection method, the targets, the GB/T 4754 industry filter
 * (section letters or codes, comma-separated; empty = every industry), the sample ratio in percent and the frequency.
 */
public record RandomItemCommand(Long unitId, String code, String name, String legalBasis, String inspectionMethod,
        String targetScope, String industryCodes, BigDecimal ratioPercent, String frequency) {}
